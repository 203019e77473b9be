package dev.fathom.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.npy.NpyDtype;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.ingest.IngestJob;
import dev.fathom.pipeline.process.ProcessJob;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.UnitResult;
import dev.fathom.pipeline.synth.DasArchiveSpec;
import dev.fathom.pipeline.synth.DasArchiveSynthesizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ingest and process, the pipeline's jobs, on Spark: one recording or one chunk per task, outputs
 * written by the executors to the shared folder. On local[2] and on a standalone cluster (Master
 * and two Workers in separate JVMs) every chunk, depth axis and graph output is byte-equal to the
 * local runner's; a rerun on the cluster finds every chunk done.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkPipelineTest {
  /** Band energies of each chunk, written as .npy (distpy's rms_from_fft). */
  static final String GRAPH = """
      {"command_list": [
        {"name": "fft", "uid": 1, "in_uid": 0},
        {"name": "rms_from_fft", "uid": 2, "in_uid": 1, "low_freq": 0, "high_freq": -1},
        {"name": "write_npy", "uid": 3, "in_uid": 2, "directory_out": "rms"}]}""";

  Path dir;
  Path archive;

  @BeforeAll
  void archive() throws IOException {
    dir = Files.createTempDirectory("fathom-spark-pipeline");
    archive = Files.createDirectories(dir.resolve("archive"));
    // 16 channels, 2 kHz, 3 files of 2 s (a gap-free archive of 6 one-second chunks)
    new DasArchiveSynthesizer(new DasArchiveSpec(16, 2.0, 500.0, 2000, 2, 3, 1_600_000_000L, 7)).write(archive, 1, n -> { });
  }

  @AfterAll
  void cleanUp() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Ingest then process into {@code base} on {@code runner}; every file written, by relative name. */
  Map<String, byte[]> pipeline(Runner runner, Path base) throws IOException {
    List<UnitResult<IngestJob.Result>> ingest = runner.run(
        new IngestJob(archive, base.resolve("scratch/p/chunks"), 1, NpyDtype.FLOAT32, false), RunListener.NONE);
    assertEquals(3, ingest.size());
    ingest.forEach(r -> assertTrue(r.ok(), r.label() + ": " + r.error()));
    assertEquals(6, ingest.stream().mapToInt(r -> r.value().written()).sum());
    List<UnitResult<ProcessJob.Result>> process = runner.run(new ProcessJob(config(base), 1, false), RunListener.NONE);
    assertEquals(6, process.size());
    process.forEach(r -> assertTrue(r.ok() && !r.value().skipped(), r.label() + ": " + r.error()));
    return files(base.resolve("scratch"));
  }

  SystemConfig config(Path base) throws IOException {
    Files.writeString(base.resolve("g.json"), GRAPH);
    Path cfg = base.resolve("cfg.json");
    Files.writeString(cfg, """
        {"in_drive": "scratch", "out_drive": "scratch", "project": "p", "data": "chunks", "results": "res",
         "prf": 2000, "measured_depth": "measured_depth.npy", "config": "g.json", "parallel_flag": 1, "ncpu": 2}""");
    return SystemConfig.read(cfg);
  }

  /** Every regular file under {@code root} except the completion markers, by relative name. */
  static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().startsWith("p/res/.fathom")).forEach(p -> {
        try {
          out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return out;
  }

  static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
  }

  @Test
  void localTwoAndAStandaloneClusterWriteTheLocalRunnersFiles() throws Exception {
    Map<String, byte[]> local = pipeline(new LocalRunner(2), Files.createDirectories(dir.resolve("local")));
    assertEquals(6 + 1 + 6 + 2, local.size(), "6 chunks, measured_depth.npy; 6 graph outputs, their depth and time axes: " + local.keySet());
    try (SparkRunner spark = new SparkRunner(SparkRunnerProvider.conf("local[2]", "test"))) {
      assertSameFiles(local, pipeline(spark, Files.createDirectories(dir.resolve("local2"))));
    }
    System.setProperty("fathom.spark.jarsOnWorkers", "true");
    try (LocalStandaloneCluster cluster = new LocalStandaloneCluster(dir, 2, "1g");
        SparkRunner spark = new SparkRunner(SparkRunnerProvider.conf(cluster.masterUrl(), "test")
            .set("spark.executor.memory", "512m").set("spark.cores.max", "2"))) {
      Path base = Files.createDirectories(dir.resolve("cluster"));
      assertSameFiles(local, pipeline(spark, base));
      // a rerun on the cluster: every chunk exists, every graph output is done
      List<UnitResult<IngestJob.Result>> again = spark.run(
          new IngestJob(archive, base.resolve("scratch/p/chunks"), 1, NpyDtype.FLOAT32, false), RunListener.NONE);
      assertEquals(6, again.stream().mapToInt(r -> r.value().skipped()).sum());
      assertTrue(spark.run(new ProcessJob(config(base), 1, false), RunListener.NONE).stream().allMatch(r -> r.value().skipped()));
    } finally {
      System.clearProperty("fathom.spark.jarsOnWorkers");
    }
  }
}

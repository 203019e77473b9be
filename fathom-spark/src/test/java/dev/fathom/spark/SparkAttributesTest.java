package dev.fathom.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.pipeline.attributes.Attribute;
import dev.fathom.pipeline.attributes.AttributeTable;
import dev.fathom.pipeline.attributes.AttributesJob;
import dev.fathom.pipeline.attributes.StatsReducer;
import dev.fathom.pipeline.attributes.SynthSurveys;
import dev.fathom.pipeline.attributes.TraceReducer;
import dev.fathom.pipeline.attributes.TraceRows;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.UnitResult;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.codec.SampleFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The attributes job on Spark gives the local runner's table bit for bit: local[2], and a real
 * standalone cluster (Master + two Workers, separate JVMs) including when an executor JVM is
 * killed mid-job; from a local path and from an object of an S3 server (s3proxy) alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkAttributesTest {
  static final List<Attribute> ATTRS = List.of(Attribute.values());
  Path dir;
  Path ibm;
  Path ieee;
  /** The IBM survey as an object of a local S3 server. */
  String s3Ibm;
  LocalS3Server s3;

  @BeforeAll
  void surveys() throws Exception {
    dir = Files.createTempDirectory("fathom-spark-test");
    ibm = SynthSurveys.write(dir, SampleFormat.IBM_FLOAT32, 12, 40, 500, 0, 41, 479);
    ieee = SynthSurveys.write(dir, SampleFormat.IEEE_FLOAT32, 9, 31, 333, 5);
    Path bucket = Files.createDirectories(dir.resolve("s3").resolve("seis"));
    Files.copy(ibm, bucket.resolve("ibm.sgy"));
    s3 = new LocalS3Server(dir.resolve("s3"));
    System.setProperty("FATHOM_S3_ENDPOINT", s3.endpoint());
    System.setProperty("FATHOM_S3_ANONYMOUS", "true");
    s3Ibm = "s3://seis/ibm.sgy";
  }

  @AfterAll
  void cleanUp() throws Exception {
    System.clearProperty("FATHOM_S3_ENDPOINT");
    System.clearProperty("FATHOM_S3_ANONYMOUS");
    s3.close();
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static AttributesJob job(Path file, TraceReducer reducer, int bundles) {
    return job(file.toString(), reducer, bundles);
  }

  static AttributesJob job(String source, TraceReducer reducer, int bundles) {
    try (SegyFile f = SegyFile.open(source)) {
      return AttributesJob.create(source, f, reducer, bundles);
    }
  }

  @Test
  void theLocalRunnerReadsTheSameTableFromAnS3Object() {
    assertSameTable(local(ibm, 5), table(new LocalRunner(2), job(s3Ibm, new StatsReducer(ATTRS), 5), RunListener.NONE));
  }

  @Test
  void aTableWrittenToAnS3PrefixIsTheLocalFilesBytes() throws Exception {
    AttributeTable t = local(ibm, 5);
    Path localCsv = dir.resolve("table.csv");
    dev.fathom.pipeline.attributes.TableOutput.write(t, localCsv.toString());
    dev.fathom.pipeline.attributes.TableOutput.write(t, "s3://seis/out/table.csv");
    byte[] expected = Files.readAllBytes(localCsv);
    try (dev.fathom.core.ByteSource src = dev.fathom.core.ByteSource.open("s3://seis/out/table.csv")) {
      assertEquals(expected.length, src.size());
      java.nio.ByteBuffer b = src.read(0, (int) src.size());
      byte[] got = new byte[b.remaining()];
      b.get(got);
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, got);
    }
    // the server's store holds the object and no temporary or pending part
    try (var files = Files.walk(dir.resolve("s3").resolve("seis"))) {
      assertEquals(List.of("ibm.sgy", "out/table.csv"), files.filter(Files::isRegularFile)
          .map(f -> dir.resolve("s3").resolve("seis").relativize(f).toString()).sorted().toList());
    }
  }

  static AttributeTable table(Runner runner, AttributesJob job, RunListener listener) {
    List<UnitResult<TraceRows>> r = runner.run(job, listener);
    return AttributeTable.of(job.reducer().columns(), r);
  }

  static AttributeTable local(Path file, int bundles) {
    return table(new LocalRunner(2), job(file, new StatsReducer(ATTRS), bundles), RunListener.NONE);
  }

  static void assertSameTable(AttributeTable expected, AttributeTable actual) {
    assertNull(expected.firstDifference(actual));
    assertEquals(expected, actual);
  }

  @Test
  void localTwoGivesTheLocalRunnersTable() {
    try (SparkRunner spark = new SparkRunner(SparkRunnerProvider.conf("local[2]", "test"))) {
      for (Path p : List.of(ibm, ieee)) {
        AtomicInteger done = new AtomicInteger();
        AttributeTable t = table(spark, job(p, new StatsReducer(ATTRS), 7), new RunListener() {
          @Override
          public void unitDone(UnitResult<?> r, long bytes) {
            done.incrementAndGet();
          }
        });
        assertSameTable(local(p, 7), t);
        assertEquals(7, done.get(), "progress: one report per bundle");
      }
      assertSameTable(local(ibm, 7), table(spark, job(s3Ibm, new StatsReducer(ATTRS), 7), RunListener.NONE));
    }
  }

  @Test
  void aStandaloneClusterGivesTheLocalRunnersTableEvenWhenAnExecutorDies() throws Exception {
    System.setProperty("fathom.spark.jarsOnWorkers", "true");
    try (LocalStandaloneCluster cluster = new LocalStandaloneCluster(dir, 2, "1g");
        SparkRunner spark = new SparkRunner(SparkRunnerProvider.conf(cluster.masterUrl(), "test")
            .set("spark.executor.memory", "512m").set("spark.cores.max", "2"))) {
      for (Path p : List.of(ibm, ieee)) {
        assertSameTable(local(p, 6), table(spark, job(p, new StatsReducer(ATTRS), 6), RunListener.NONE));
      }
      assertSameTable(local(ibm, 6), table(spark, job(s3Ibm, new StatsReducer(ATTRS), 6), RunListener.NONE));
      int executorsBefore = cluster.executors().size();
      assertEquals(2, executorsBefore, "one executor per worker");
      try (Stream<Path> scratch = Files.list(dir.resolve("sparkhome/local"))) {
        assertEquals(2, scratch.count(), "each Worker's executor scratch is under the cluster's folder, not /tmp");
      }
      // 24 tasks of ~0.25 s each on 2 executors: kill one executor after the first few tasks
      AtomicInteger done = new AtomicInteger();
      AttributesJob slow = job(ibm, new SlowReducer(new StatsReducer(ATTRS), 250), 24);
      CompletableFuture<AttributeTable> run = CompletableFuture.supplyAsync(() -> table(spark, slow, new RunListener() {
        @Override
        public void unitDone(UnitResult<?> r, long bytes) {
          done.incrementAndGet();
        }
      }));
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (done.get() < 4 && System.nanoTime() < deadline) Thread.sleep(20);
      ProcessHandle victim = cluster.anyExecutor().orElseThrow();
      assertTrue(victim.destroyForcibly());
      victim.onExit().get(30, TimeUnit.SECONDS);
      assertTrue(done.get() < 24, "the executor died while the job was running");
      AttributeTable t = run.get(180, TimeUnit.SECONDS);
      assertSameTable(local(ibm, 24), t);
      assertEquals(24, done.get(), "every bundle counted once");
    } finally {
      System.clearProperty("fathom.spark.jarsOnWorkers");
    }
    assertFalse(Files.exists(dir.resolve("sparkhome/local")), "the killed executor's scratch is deleted with the cluster");
    assertFalse(Files.exists(dir.resolve("sparkhome/work")), "and the Workers' work folders");
  }
}

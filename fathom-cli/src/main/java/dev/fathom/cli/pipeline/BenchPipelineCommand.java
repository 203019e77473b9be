package dev.fathom.cli.pipeline;

import dev.fathom.cli.BenchTools;
import dev.fathom.cli.Progress;
import dev.fathom.core.AtomicFiles;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.ingest.IngestJob;
import dev.fathom.pipeline.ingest.Recordings;
import dev.fathom.pipeline.process.ChunkFiles;
import dev.fathom.pipeline.process.ProcessJob;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import dev.fathom.pipeline.synth.DasArchiveSpec;
import dev.fathom.pipeline.synth.DasArchiveSynthesizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fathom bench pipeline}: ingest + noise-log process over a synthetic DAS archive (SEG-Y,
 * one trace per channel), each stage's GB/s and real-time factor (seconds of recording per second
 * of processing), beside {@code cat} of the archive in the same run.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest + noise-log throughput over a synthetic DAS archive.",
      "",
      "Ingest + noise-log process over a synthetic DAS archive (generated once into --dir; e.g.",
      "10 GB of 5000 channels at 10 kHz), timed per stage: GB/s of input and the real-time factor",
      "(seconds of recording per second of work), beside `cat` of the archive in the same run."
    })
public final class BenchPipelineCommand implements Callable<Integer> {
  @Option(names = "--dir", defaultValue = "bench-data/pipeline", description = "Work folder (default ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--gb", defaultValue = "10", description = "Archive size in GB (default ${DEFAULT-VALUE}).")
  double gb;

  @Option(names = "--channels", defaultValue = "5000", description = "Channels (default ${DEFAULT-VALUE}).")
  int channels;

  @Option(names = "--rate", defaultValue = "10000", description = "Sampling rate, Hz (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--file-seconds", defaultValue = "10", description = "Seconds per SEG-Y file (default ${DEFAULT-VALUE}).")
  int fileSeconds;

  @Option(names = "--threads", defaultValue = "2", description = "Files / chunks in parallel (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--float64", description = "Ingest float64 chunks (distpy's type; default float32).")
  boolean float64;

  /** distpy's config_examples/strainrate2noiselog.json. */
  public static final String NOISE_LOG = """
      {"document": 0, "name": "Standard 3-band Noise Log", "command_list": [
        {"name": "to_gpu", "uid": 1, "in_uid": 0},
        {"name": "fft", "uid": 2, "in_uid": 1},
        {"name": "rms_from_fft", "uid": 3, "in_uid": 2, "low_freq": 0, "high_freq": -1},
        {"name": "multiple_calcs", "uid": 4, "in_uid": 2, "func": "te_from_fft",
         "low_freq": [200, 600, 1000], "high_freq": [-1, -1, -1]},
        {"name": "from_gpu", "uid": 5, "in_uid": 3},
        {"name": "from_gpu", "uid": 6, "in_uid": 4},
        {"name": "write_witsml", "uid": 7, "in_uid": 6, "directory_out": "NoiseLog",
         "low_freq": [200, 600, 1000], "high_freq": [-1, -1, -1], "gather_uids": [5], "data_style": "NoiseLog"}]}
      """;

  @Override
  public Integer call() throws Exception {
    Path root = dir.toAbsolutePath().normalize();
    Path archive = Files.createDirectories(root.resolve("archive/bench/sgy"));
    DasArchiveSpec spec = DasArchiveSpec.ofSize((long) (gb * 1e9), channels, rate, fileSeconds, 1);
    if (Recordings.list(archive).size() != spec.files()) {
      clear(archive);
      Files.createDirectories(archive);
      System.err.printf("generating %d files of %d channels x %d s at %d Hz (%.1f GB) in %s%n",
          spec.files(), channels, fileSeconds, rate, spec.totalBytes() / 1e9, archive);
      try (Progress p = new Progress("synth", (long) channels * spec.files(), 0)) {
        new DasArchiveSynthesizer(spec).write(archive, threads, p::update);
      }
    }
    List<Path> files = Recordings.list(archive);
    long inBytes = 0;
    for (Path f : files) inBytes += Files.size(f);
    double recording = spec.totalSeconds();

    Path chunks = root.resolve("scratch/bench/chunks");
    Path results = root.resolve("home/bench/results");
    clear(chunks);
    clear(results);
    put(root.resolve("noiselog.json"), NOISE_LOG);
    put(root.resolve("process.json"), """
        {"in_drive": "scratch", "out_drive": "home", "project": "bench", "data": "chunks", "results": "results",
         "parallel_flag": 1, "ncpu": %d, "prf": %d, "measured_depth": "measured_depth.npy", "config": "noiselog.json"}
        """.formatted(threads, rate));

    double cat = BenchTools.cat(files); // warms the page cache as far as memory allows
    cat = Math.min(cat, BenchTools.cat(files));

    long t0 = System.nanoTime();
    List<UnitResult<IngestJob.Result>> ing = new LocalRunner(threads).run(
        new IngestJob(archive, chunks, 1, float64 ? NpyDtype.FLOAT64 : NpyDtype.FLOAT32, true), RunListener.NONE);
    double ingestS = (System.nanoTime() - t0) / 1e9;
    if (ing.stream().anyMatch(r -> !r.ok())) throw new IllegalStateException("ingest failed: " + ing);
    long chunkBytes = 0;
    for (Path c : ChunkFiles.list(chunks)) chunkBytes += Files.size(c);

    SystemConfig cfg = SystemConfig.read(root.resolve("process.json"));
    long t1 = System.nanoTime();
    List<UnitResult<ProcessJob.Result>> pr = new LocalRunner(threads).run(new ProcessJob(cfg, 1, true), RunListener.NONE);
    double processS = (System.nanoTime() - t1) / 1e9;
    if (pr.stream().anyMatch(r -> !r.ok())) throw new IllegalStateException("process failed: " + pr.get(0).error());

    System.out.printf("archive: %d SEG-Y files, %.2f GB, %d channels x %.0f s at %d Hz; %d threads on %d cores%n",
        files.size(), inBytes / 1e9, channels, recording, rate, threads, Runtime.getRuntime().availableProcessors());
    System.out.printf("%-28s %9s %9s %12s%n", "stage", "seconds", "GB/s", "x real time");
    row("cat archive > /dev/null", cat, inBytes, recording);
    row("ingest (SEG-Y -> chunks)", ingestS, inBytes, recording);
    row("process (noise log)", processS, chunkBytes, recording);
    row("ingest + process", ingestS + processS, inBytes, recording);
    System.out.printf("(%d chunks of %d x %d %s; GB/s = stage input / seconds)%n",
        pr.size(), channels, rate, float64 ? "float64" : "float32");
    return 0;
  }

  private static void row(String name, double s, long bytes, double recording) {
    System.out.printf("%-28s %9.2f %9.2f %12.1f%n", name, s, bytes / s / 1e9, recording / s);
  }

  private static void put(Path file, String text) {
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void clear(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
    }
  }
}

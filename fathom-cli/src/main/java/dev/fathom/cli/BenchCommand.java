package dev.fathom.cli;

import dev.fathom.core.ScratchFolders;
import dev.fathom.core.FathomException;
import dev.fathom.dsp.Parallel;
import dev.fathom.dsp.fft.Band;
import dev.fathom.dsp.fft.BandEnergy;
import dev.fathom.dsp.fft.DistpyBands;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.DType;
import dev.fathom.graph.DirectorySink;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.ExecutionPlan;
import dev.fathom.graph.GraphExecutor;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphValidator;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeListener;
import dev.fathom.graph.PlannedNode;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.TraceScan;
import dev.fathom.segy.codec.TraceStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom bench}: throughput benchmarks reported as ratios to a bound measured in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks (medians over repeats, as ratios to a bound measured in the same run).",
    subcommands = {BenchCommand.SegyScan.class, BenchCommand.GraphBench.class, dev.fathom.cli.pipeline.BenchPipelineCommand.class,
      dev.fathom.cli.das.DasBench.class, dev.fathom.cli.attributes.AttributesBench.class})
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Per-trace mean |amplitude| over a whole file, beside {@code cat FILE > /dev/null}. */
  @Command(
      name = "segy-scan",
      mixinStandardHelpOptions = true,
      description = {
        "Per-trace mean |amplitude| of every trace of FILE with 1..N threads, beside `cat FILE > /dev/null`",
        "timed in the same run (page cache warm after the first pass). Prints medians and ratios."
      })
  static final class SegyScan implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A local SEG-Y file (e.g. made by `fathom segy synth`).")
    Path file;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--repeat", defaultValue = "5", description = "Repeats per measurement (default ${DEFAULT-VALUE}).")
    int repeat;

    @Mixin Verbosity verbosity;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new FathomException(file.toString(), FathomException.NO_OFFSET, "not a file");
      }
      long size = Files.size(file);
      BenchTools.cat(file); // warm the page cache
      double[] catS = new double[repeat];
      List<double[]> scanS = new ArrayList<>();
      for (int ignored : threads) scanS.add(new double[repeat]);
      double checksum = 0;
      try (SegyFile f = SegyFile.open(file.toString())) {
        for (int r = 0; r < repeat; r++) {
          catS[r] = BenchTools.cat(file);
          for (int k = 0; k < threads.size(); k++) {
            double[] meanAbs = new double[Math.toIntExact(f.traceCount())];
            long t0 = System.nanoTime();
            TraceScan.run(f, threads.get(k), () -> {
              return (t, x, n) -> meanAbs[(int) t] = TraceStats.meanAbs(x, 0, n);
            }, null);
            scanS.get(k)[r] = (System.nanoTime() - t0) / 1e9;
            checksum = Arrays.stream(meanAbs).sum() / meanAbs.length;
          }
        }
        System.out.printf("file %s: %,d bytes, %,d traces x %d samples, format %d (%s)%n", file, size,
            f.traceCount(), f.samples(), f.layout().format().code(), f.layout().format().description());
      }
      double cat = BenchTools.median(catS);
      System.out.printf("%-22s %10s %10s %10s%n", "measurement", "median s", "GB/s", "vs cat");
      System.out.printf("%-22s %10.3f %10.2f %10s%n", "cat FILE > /dev/null", cat, size / cat / 1e9, "1.00");
      for (int k = 0; k < threads.size(); k++) {
        double m = BenchTools.median(scanS.get(k));
        System.out.printf("%-22s %10.3f %10.2f %10.2f%n", "scan, " + threads.get(k) + " thread(s)", m, size / m / 1e9, cat / m);
      }
      System.out.printf("(median of %d repeats; mean of per-trace mean |x| = %.8f)%n", repeat, checksum);
      return 0;
    }
  }

  /**
   * {@code fathom bench graph GRAPH --nx N --nt M --threads 1,2 [--chunks 5] [--prf 10000]}: a graph
   * on a synthetic float32 chunk, per thread count, beside the bare fused band-energy kernel
   * ({@link BandEnergy#totalEnergyOfSignal}) timed on the same chunk in the same run.
   */
  @Command(
      name = "graph",
      mixinStandardHelpOptions = true,
      description = {
        "Run GRAPH on a synthetic float32 chunk (band-limited noise, nx channels x nt samples, deterministic)",
        "with each thread count; print the median seconds per chunk, MB/s of float32 input and process CPU",
        "seconds, beside BandEnergy.totalEnergyOfSignal on the same chunk (the graph's bands) as the bound."
      })
  static final class GraphBench implements Callable<Integer> {
    @Parameters(paramLabel = "GRAPH", description = "graph file (distpy JSON), e.g. strainrate2noiselog's")
    Path graph;

    @Option(names = "--nx", defaultValue = "5000", description = "channels (default ${DEFAULT-VALUE}).")
    int nx;

    @Option(names = "--nt", defaultValue = "10000", description = "time samples (default ${DEFAULT-VALUE}).")
    int nt;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--chunks", defaultValue = "5", description = "Timed chunks per measurement, after two warm-up chunks (default ${DEFAULT-VALUE}).")
    int chunks;

    @Option(names = "--prf", defaultValue = "10000", description = "Sampling rate in Hz (default ${DEFAULT-VALUE}).")
    double prf;

    @Option(names = "--unfused", description = "Materialise every node (as graph run --dump-nodes does): no fusion.")
    boolean unfused;

    @Mixin Verbosity verbosity;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    /** Untimed chunks per measurement before the timed ones. */
    private static final int WARMUP = 2;

    @Override
    public Integer call() throws Exception {
      if (nx < 1 || nt < 2 || chunks < 1 || !(prf > 0) || threads.stream().anyMatch(t -> t < 1)) {
        throw new FathomException("fathom bench graph", FathomException.NO_OFFSET,
            "needs --nx >= 1, --nt >= 2, --chunks >= 1, --prf > 0 and thread counts >= 1");
      }
      java.io.PrintWriter stdout = spec.commandLine().getOut();
      dev.fathom.graph.Graph g = GraphParser.read(graph);
      ExecutionPlan plan = new GraphValidator(CommandRegistry.load()).validate(g);
      float[] flat = noise(nx, nt);
      NdArray chunk = NdArray.wrapFloat32(new int[] {nx, nt}, flat); // float32 storage, as read from <f4
      Band[] bands = bands(plan, nt, prf);
      double mb = 4.0 * nx * nt / 1e6;
      StringBuilder fused = new StringBuilder();
      plan.fusions().forEach((up, readers) -> fused.append(fused.length() == 0 ? "" : "; ").append("uid ").append(up)
          .append(" into ").append(readers.stream().map(r -> "uid " + r.node().position()).toList()));
      stdout.printf("graph %s (%s), %d nodes; %s%n", graph, g.name(), plan.nodes().size(),
          unfused ? "--unfused: every node materialised" : fused.length() == 0 ? "nothing to fuse" : "fused: " + fused);
      stdout.printf("chunk %d x %d float32 (%.1f MB), band-limited noise, prf %.0f Hz; %d processors;"
          + " median of %d chunks after %d warm-up%n", nx, nt, mb, prf, Runtime.getRuntime().availableProcessors(), chunks, WARMUP);
      stdout.printf("kernel: BandEnergy.totalEnergyOfSignal(float[] nx*nt, %d bands %s)%n", bands.length,
          Arrays.stream(bands).map(b -> "[" + b.from() + "," + b.to() + ")").toList());
      stdout.printf("%-22s %7s %9s %9s %9s %10s%n", "measurement", "threads", "wall s", "MB/s", "CPU s", "vs kernel");
      Path out = Files.createTempDirectory("fathom-bench-graph");
      String before = System.getProperty("fathom.dsp.threads");
      double checksum = 0;
      try {
        DirectorySink sink = new DirectorySink(out);
        GraphExecutor executor = new GraphExecutor(plan);
        NodeListener listener = unfused ? (node, result) -> {} : NodeListener.NONE;
        for (int t : threads) {
          System.setProperty("fathom.dsp.threads", Integer.toString(t)); // commands on default threads too
          ExecutionContext ctx = ExecutionContext.forChunk(chunk, prf, null, null, 1_600_000_000L, g.boxSize(), sink)
              .withThreads(t);
          double[][] graphS = new double[2][chunks];
          double[][] kernelS = new double[2][chunks];
          for (int r = -WARMUP; r < chunks; r++) { // r < 0: warm-up (JIT); graph and kernel alternate
            double[] c = timed(() -> executor.run(chunk, ctx, listener).values().stream()
                .mapToDouble(a -> a.size() == 0 ? 0 : a.re(0)).sum());
            double[] k = timed(() -> BandEnergy.totalEnergyOfSignal(flat, nx, nt, bands, t)[nx - 1][0]);
            checksum += c[2] + k[2];
            if (r >= 0) {
              graphS[0][r] = c[0];
              graphS[1][r] = c[1];
              kernelS[0][r] = k[0];
              kernelS[1][r] = k[1];
            }
          }
          double kernel = BenchTools.median(kernelS[0]);
          stdout.printf("%-22s %7d %9.3f %9.1f %9.3f %10.2f%n", unfused ? "graph (unfused)" : "graph", t,
              BenchTools.median(graphS[0]), mb / BenchTools.median(graphS[0]), BenchTools.median(graphS[1]), BenchTools.median(graphS[0]) / kernel);
          stdout.printf("%-22s %7d %9.3f %9.1f %9.3f %10.2f%n", "fused kernel", t, kernel, mb / kernel,
              BenchTools.median(kernelS[1]), 1.0);
        }
      } finally {
        if (before == null) System.clearProperty("fathom.dsp.threads"); else System.setProperty("fathom.dsp.threads", before);
        ScratchFolders.delete(out);
      }
      stdout.printf("(wall and CPU: medians per chunk; CPU = process CPU time, all threads incl. GC; checksum %.6g)%n", checksum);
      return 0;
    }

    /** {wall s, process CPU s, value} of one call. */
    private static double[] timed(java.util.function.DoubleSupplier work) {
      long c0 = processCpuNanos();
      long t0 = System.nanoTime();
      double v = work.getAsDouble();
      return new double[] {(System.nanoTime() - t0) / 1e9, (processCpuNanos() - c0) / 1e9, v};
    }

    private static long processCpuNanos() {
      return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /**
     * Deterministic band-limited noise: per channel, white noise (seeded by the channel) through a
     * two-pole resonator at prf/10 (1 kHz at 10 kHz, ~300 Hz wide), amplitude varying slowly along
     * the fibre; rounded to float32, in C order ({@code nx × nt}, the chunk's storage).
     */
    private static float[] noise(int nx, int nt) {
      float[] flat = new float[Math.multiplyExact(nx, nt)];
      double r = 0.9;
      double a1 = 2 * r * Math.cos(2 * Math.PI / 10);
      double a2 = -r * r;
      Parallel.forRange(nx, Parallel.defaultThreads(), (from, to) -> {
        for (int i = from; i < to; i++) {
          SplittableRandom rnd = new SplittableRandom(0x5eed + i);
          double amp = 1 + 0.5 * Math.sin(2 * Math.PI * i / 500.0);
          double y1 = 0;
          double y2 = 0;
          for (int j = 0; j < nt; j++) {
            double y = rnd.nextDouble(-1, 1) + a1 * y1 + a2 * y2;
            y2 = y1;
            y1 = y;
            flat[i * nt + j] = (float) (amp * y);
          }
        }
      });
      return flat;
    }

    /** The FFT-column bands of the graph's rms_from_fft and multiple_calcs nodes; 0..Nyquist when none. */
    private static Band[] bands(ExecutionPlan plan, int nt, double prf) {
      List<Band> out = new ArrayList<>();
      for (PlannedNode p : plan.nodes()) {
        try {
          switch (p.command().name()) {
            case "rms_from_fft" -> out.add(DistpyBands.rmsFromFft(
                p.params().getDouble("low_freq"), p.params().getDouble("high_freq"), nt / prf, nt));
            case "multiple_calcs" -> out.addAll(List.of(DistpyBands.multipleCalcs(
                p.params().getDoubles("low_freq"), p.params().getDoubles("high_freq"), nt / prf, nt)));
            default -> { }
          }
        } catch (IllegalArgumentException e) {
          // an empty band: the graph reports it when it runs
        }
      }
      if (out.isEmpty()) out.add(DistpyBands.rmsFromFft(0, -1, nt / prf, nt));
      return out.stream().distinct().toArray(Band[]::new);
    }
  }
}

package dev.fathom.dsp.bench;

import dev.fathom.dsp.fft.Band;
import dev.fathom.dsp.fft.BandEnergy;
import dev.fathom.dsp.fft.DistpyBands;
import dev.fathom.dsp.fft.Fft;
import dev.fathom.dsp.fft.FftNorm;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times distpy's noise-log graph ({@code fft → rms_from_fft(0, Nyquist) → multiple_calcs
 * te_from_fft} over the 200/600/1000 Hz bands) on a synthetic float32 chunk, per thread count:
 *
 * <ul>
 *   <li>{@code fused}: {@link BandEnergy#totalEnergyOfSignal} (for {@code nt = 2·2^a·3^b·5^c} the
 *       batched real FFT, power of the bands' bins only, no spectrum kept) + {@link
 *       BandEnergy#distpyRms};
 *   <li>{@code fused-jt}: the same with the batched kernel switched off ({@code
 *       -Dfathom.dsp.batchfft=false}): JTransforms, two rows per complex FFT, as before it;
 *   <li>{@code spectrum}: the literal graph: full complex {@link Fft#fftOfReal} along axis 1, then
 *       {@link BandEnergy#totalEnergy} on it;
 *   <li>{@code fft-only}: that complex FFT alone, the bound of the literal graph;
 *   <li>{@code read}: one pass over the chunk (sum of every row's first sample per cache line),
 *       the memory bound of any kernel.
 * </ul>
 *
 * <p>Usage: {@code java -cp ... dev.fathom.dsp.bench.NoiseLogBenchmark [nx nt prf reps
 * threads...]} (defaults 5000 10000 10000 5 1 2); {@code -Dbench.variants=fused,fused-jt}
 * chooses the variants (default: all). Each variant runs warm-up chunks (at least 2 and 4 s),
 * then {@code reps} timed ones; printed: min and median per chunk of the wall seconds, of the CPU
 * seconds of the Java threads (the caller and the pool's workers: the kernel's own work) and of
 * the process CPU seconds (all threads, GC and JIT included). On a machine whose cores are
 * shared, the CPU time divided by the thread count estimates the wall time on an idle one.
 */
public final class NoiseLogBenchmark {
  private NoiseLogBenchmark() {}

  public static void main(String[] args) {
    int nx = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int nt = args.length > 1 ? Integer.parseInt(args[1]) : 10000;
    double prf = args.length > 2 ? Double.parseDouble(args[2]) : 10000;
    int reps = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int[] threads =
        args.length > 4
            ? Arrays.stream(args, 4, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {1, 2};
    List<String> variants =
        List.of(System.getProperty("bench.variants", "fused,fused-jt,spectrum,fft-only,read")
            .split(","));
    float[][] chunk = new float[nx][nt];
    SplittableRandom rnd = new SplittableRandom(11);
    for (float[] row : chunk) {
      for (int k = 0; k < nt; k++) {
        row[k] = (float) (0.1 * rnd.nextDouble(-1, 1));
      }
    }
    double fr = nt / prf;
    Band full = DistpyBands.rmsFromFft(0, -1, fr, nt);
    Band[] bands =
        DistpyBands.multipleCalcs(
            new double[] {200, 600, 1000}, new double[] {-1, -1, -1}, fr, nt);
    Band[] all = {full, bands[0], bands[1], bands[2]};
    System.out.printf(
        "chunk %d x %d float32, prf %.0f, %d reps, %d processors, %s%n",
        nx, nt, prf, reps, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.version"));
    for (int t : threads) {
      if (variants.contains("fused")) {
        report("fused", t, reps, () -> fused(chunk, all, t));
      }
      if (variants.contains("fused-jt")) {
        String old = System.getProperty("fathom.dsp.batchfft");
        System.setProperty("fathom.dsp.batchfft", "false");
        try {
          report("fused-jt", t, reps, () -> fused(chunk, all, t));
        } finally {
          if (old == null) {
            System.clearProperty("fathom.dsp.batchfft");
          } else {
            System.setProperty("fathom.dsp.batchfft", old);
          }
        }
      }
      if (variants.contains("spectrum")) {
        report("spectrum", t, reps, () -> spectrum(chunk, all, t));
      }
      if (variants.contains("fft-only")) {
        report("fft-only", t, reps, () -> Fft.fftOfReal(chunk, 1, FftNorm.BACKWARD, t)[0][0]);
      }
      if (variants.contains("read")) {
        report("read", t, reps, () -> read(chunk, t));
      }
    }
  }

  private static double fused(float[][] chunk, Band[] all, int threads) {
    double[][] te = BandEnergy.totalEnergyOfSignal(chunk, all, threads);
    double[] fullTe = new double[te.length];
    for (int i = 0; i < te.length; i++) {
      fullTe[i] = te[i][0];
    }
    return BandEnergy.distpyRms(fullTe, 500)[0] + te[0][1];
  }

  private static double spectrum(float[][] chunk, Band[] all, int threads) {
    double[][] spec = Fft.fftOfReal(chunk, 1, FftNorm.BACKWARD, threads);
    double[][] te = BandEnergy.totalEnergy(spec, all, threads);
    return te[0][0];
  }

  private static double read(float[][] chunk, int threads) {
    double[] part = new double[chunk.length];
    dev.fathom.dsp.Parallel.forRange(
        chunk.length,
        threads,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            float[] row = chunk[i];
            float s = 0;
            for (int k = 0; k < row.length; k += 16) {
              s += row[k];
            }
            part[i] = s;
          }
        });
    return part[0];
  }

  /** CPU time of this JVM (all threads, incl. GC), or 0 where the platform does not report it. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
        : 0;
  }

  /** CPU time of the live Java threads (the caller and the pool's workers; no GC, no JIT). */
  private static long javaThreadsCpuNanos() {
    java.lang.management.ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : tb.getAllThreadIds()) {
      long t = tb.getThreadCpuTime(id);
      if (t > 0) {
        sum += t;
      }
    }
    return sum;
  }

  private interface Work {
    double run();
  }

  private static void report(String name, int threads, int reps, Work work) {
    // warm-up (JIT, plans, work arrays): at least 2 runs and 4 s, so that C2 has finished
    // compiling the kernel before timing starts (it compiles on another core; its CPU time would
    // otherwise show in the process CPU column)
    double sink = 0;
    long warmEnd = System.nanoTime() + 4_000_000_000L;
    for (int w = 0; w < 2 || System.nanoTime() < warmEnd; w++) {
      sink += work.run();
    }
    double[] secs = new double[reps];
    double[] cpu = new double[reps];
    double[] jcpu = new double[reps];
    for (int r = 0; r < reps; r++) {
      long c0 = processCpuNanos();
      long j0 = javaThreadsCpuNanos();
      long t0 = System.nanoTime();
      sink += work.run();
      secs[r] = (System.nanoTime() - t0) / 1e9;
      jcpu[r] = (javaThreadsCpuNanos() - j0) / 1e9;
      cpu[r] = (processCpuNanos() - c0) / 1e9;
    }
    Arrays.sort(secs);
    Arrays.sort(cpu);
    Arrays.sort(jcpu);
    System.out.printf(
        "%-9s threads %d: wall min %.3f median %.3f s; Java-threads CPU min %.3f median %.3f s;"
            + " process CPU min %.3f median %.3f s per chunk (checksum %.6g)%n",
        name, threads, secs[0], secs[reps / 2], jcpu[0], jcpu[reps / 2], cpu[0], cpu[reps / 2],
        sink);
  }
}

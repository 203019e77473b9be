package dev.fathom.dsp.bench;

import dev.fathom.dsp.fft.Band;
import dev.fathom.dsp.fft.BandEnergy;
import dev.fathom.dsp.fft.DistpyBands;
import dev.fathom.dsp.fft.Fft;
import dev.fathom.dsp.fft.FftNorm;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times distpy's noise-log graph ({@code fft → rms_from_fft(0, Nyquist) → multiple_calcs
 * te_from_fft} over the 200/600/1000 Hz bands) on a synthetic float32 chunk, per thread count:
 *
 * <ul>
 *   <li>{@code fused}: {@link BandEnergy#totalEnergyOfSignal} (one real FFT per row, no spectrum
 *       kept) + {@link BandEnergy#distpyRms};
 *   <li>{@code spectrum}: the literal graph: full complex {@link Fft#fftOfReal} along axis 1, then
 *       {@link BandEnergy#totalEnergy} on it;
 *   <li>{@code fft-only}: the complex FFT alone, the bound of the literal graph.
 * </ul>
 *
 * <p>Usage: {@code java -cp ... dev.fathom.dsp.bench.NoiseLogBenchmark [nx nt prf reps threads...]}
 * (defaults 5000 10000 10000 5 1 2). Prints min and median wall seconds per chunk and the
 * process CPU seconds per chunk (which, divided by the thread count, estimates the wall time on an
 * otherwise idle machine when the cores are shared).
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
        "chunk %d x %d float32, prf %.0f, %d reps, %d processors%n",
        nx, nt, prf, reps, Runtime.getRuntime().availableProcessors());
    for (int t : threads) {
      report("fused", t, reps, () -> fused(chunk, all, t));
      report("spectrum", t, reps, () -> spectrum(chunk, all, t));
      report("fft-only", t, reps, () -> Fft.fftOfReal(chunk, 1, FftNorm.BACKWARD, t)[0][0]);
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

  /** CPU time of this JVM (all threads, incl. GC), or 0 where the platform does not report it. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
        : 0;
  }

  private interface Work {
    double run();
  }

  private static void report(String name, int threads, int reps, Work work) {
    double sink = work.run(); // warm-up (JIT, plans)
    sink += work.run();
    double[] secs = new double[reps];
    double[] cpu = new double[reps];
    for (int r = 0; r < reps; r++) {
      long c0 = processCpuNanos();
      long t0 = System.nanoTime();
      sink += work.run();
      secs[r] = (System.nanoTime() - t0) / 1e9;
      cpu[r] = (processCpuNanos() - c0) / 1e9;
    }
    Arrays.sort(secs);
    Arrays.sort(cpu);
    System.out.printf(
        "%-9s threads %d: wall min %.3f s, median %.3f s; process CPU min %.3f s per chunk"
            + " (checksum %.3g)%n",
        name, threads, secs[0], secs[reps / 2], cpu[0], sink);
  }
}

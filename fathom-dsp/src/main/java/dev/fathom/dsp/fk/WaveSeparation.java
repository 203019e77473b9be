package dev.fathom.dsp.fk;

import dev.fathom.dsp.fft.Fft;

/**
 * distpy's {@code up_wave}/{@code down_wave} (spec §2.4.8) on a 2-D FFT {@code D} ({@code m×n},
 * interleaved complex): two opposite quadrants are scaled by {@code 1e-6} then by {@code 1 − 1e-6},
 * and {@code ifft2} is returned. distpy's up-going filter attenuates {@code D[m/2:, :n/2]} and
 * {@code D[:m/2, n/2:]} ({@link #distpyUpWave}); its {@code down_wave} attenuates the <em>same</em>
 * quadrants (a bug). {@link #downWave} attenuates the other two, {@code D[:m/2, :n/2]} and {@code
 * D[m/2:, n/2:]}, so that up + down is the input scaled by {@code 1 + 1e-6·(1 − 1e-6)}.
 */
public final class WaveSeparation {
  /** The attenuation factor {@code SMALL} of distpy's quadrants (applied as SMALL, then 1 − SMALL). */
  public static final double SMALL = 1.0e-6;

  private WaveSeparation() {}

  /** distpy's {@code up_wave} (and, by its bug, {@code down_wave}). */
  public static double[][] distpyUpWave(double[][] spectrum2d, int threads) {
    return separate(spectrum2d, true, threads);
  }

  /** The down-going counterpart of {@link #distpyUpWave}: the other two quadrants attenuated. */
  public static double[][] downWave(double[][] spectrum2d, int threads) {
    return separate(spectrum2d, false, threads);
  }

  private static double[][] separate(double[][] spectrum2d, boolean up, int threads) {
    int m = spectrum2d.length;
    double[][] d = dev.fathom.dsp.ComplexArrays.copy(spectrum2d);
    int n = m == 0 ? 0 : d[0].length / 2;
    int top0 = up ? n / 2 : 0; // attenuated columns of the top half rows [0, m/2)
    int top1 = up ? n : n / 2;
    int bottom0 = up ? 0 : n / 2; // and of the bottom half rows [m/2, m)
    int bottom1 = up ? n / 2 : n;
    for (double s : new double[] {SMALL, 1 - SMALL}) {
      scale(d, 0, m / 2, top0, top1, s);
      scale(d, m / 2, m, bottom0, bottom1, s);
    }
    return Fft.ifft2(d, threads);
  }

  private static void scale(double[][] d, int r0, int r1, int c0, int c1, double s) {
    for (int i = r0; i < r1; i++) {
      for (int j = 2 * c0; j < 2 * c1; j++) {
        d[i][j] *= s;
      }
    }
  }
}

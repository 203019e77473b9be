package dev.fathom.dsp.fk;

import dev.fathom.dsp.fft.Fft;

/**
 * distpy's {@code up_wave}/{@code down_wave} (spec §2.4.8) on a 2-D FFT {@code D} ({@code m×n},
 * interleaved complex): quadrants {@code D[m/2:, :n/2]} and {@code D[:m/2, n/2:]} are scaled by
 * {@code 1e-6} then by {@code 1 − 1e-6}, and {@code ifft2} is returned. distpy's {@code down_wave}
 * attenuates the <em>same</em> quadrants (a bug), so both commands map to {@link #distpyUpWave}.
 */
public final class WaveSeparation {
  private static final double SMALL = 1.0e-6;

  private WaveSeparation() {}

  public static double[][] distpyUpWave(double[][] spectrum2d, int threads) {
    int m = spectrum2d.length;
    double[][] d = dev.fathom.dsp.ComplexArrays.copy(spectrum2d);
    int n = m == 0 ? 0 : d[0].length / 2;
    scale(d, m / 2, m, 0, n / 2, SMALL);
    scale(d, 0, m / 2, n / 2, n, SMALL);
    scale(d, 0, m / 2, n / 2, n, 1 - SMALL);
    scale(d, m / 2, m, 0, n / 2, 1 - SMALL);
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

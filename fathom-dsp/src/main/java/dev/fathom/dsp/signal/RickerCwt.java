package dev.fathom.dsp.signal;

import dev.fathom.dsp.fft.Fft;

/**
 * The continuous wavelet transform {@code find_peaks_cwt} uses (scipy 1.17 {@code
 * scipy.signal._wavelets._cwt} with {@code _ricker}): row {@code r} is {@code
 * scipy.signal.convolve(v, ricker(N, w_r)[::-1], mode='same')} with {@code N = min(10·w_r, n)}
 * points, for a real row {@code v} of {@code n} samples. Widths are in samples.
 *
 * <p>{@code ricker(N, a)[k] = 2/(sqrt(3a)·π^¼) · (1 − x²/a²) · exp(−x²/(2a²))}, {@code x = k −
 * (N−1)/2} (the Mexican hat, symmetric, so reversing it changes nothing). The {@code 'same'}
 * output is the full linear convolution from index {@code (N−1)/2} on.
 *
 * <p>The convolutions are done by FFT (as scipy's {@code convolve} chooses for these sizes): one
 * padded transform of the row, the wavelet spectra prepared once per row length, two widths per
 * inverse transform (their products are Hermitian, so one is carried in the imaginary part).
 * Results agree with a direct sum to ≈1e-15 of the row's magnitude. An instance is immutable and
 * may be shared between threads.
 */
public final class RickerCwt {
  private final int n;
  private final int[] points;
  private final int fftLength;
  private final double[][] wavelets; // interleaved spectra, one per width

  /**
   * Prepares the transform of rows of {@code n} samples.
   *
   * @param widths wavelet widths {@code a} in samples, each at least 1
   */
  public RickerCwt(int n, int[] widths) {
    if (n < 1) {
      throw new IllegalArgumentException("row length must be >= 1, got " + n);
    }
    if (widths.length == 0) {
      throw new IllegalArgumentException("at least one width is needed");
    }
    this.n = n;
    this.points = new int[widths.length];
    int longest = 1;
    for (int r = 0; r < widths.length; r++) {
      if (widths[r] < 1) {
        throw new IllegalArgumentException("widths must be >= 1, got " + widths[r]);
      }
      points[r] = (int) Math.min(10L * widths[r], n);
      longest = Math.max(longest, points[r]);
    }
    int length = 1;
    while (length < n + longest - 1) {
      length <<= 1;
    }
    this.fftLength = length;
    this.wavelets = new double[widths.length][];
    for (int r = 0; r < widths.length; r++) {
      double[] w = ricker(points[r], widths[r]);
      double[] z = new double[2 * fftLength];
      for (int k = 0; k < w.length; k++) {
        z[2 * k] = w[k];
      }
      wavelets[r] = Fft.fft(z);
    }
  }

  /** Number of widths (rows of {@link #transform}). */
  public int widths() {
    return points.length;
  }

  /** {@code scipy.signal._wavelets._ricker(points, a)}. */
  public static double[] ricker(int points, double a) {
    double amp = 2 / (Math.sqrt(3 * a) * Math.pow(Math.PI, 0.25));
    double wsq = a * a;
    double[] out = new double[points];
    double centre = (points - 1.0) / 2;
    for (int k = 0; k < points; k++) {
      double x = k - centre;
      double xsq = x * x;
      out[k] = amp * (1 - xsq / wsq) * Math.exp(-xsq / (2 * wsq));
    }
    return out;
  }

  /** The CWT of one row: {@code [widths][n]}, row {@code r} for width {@code r}. */
  public double[][] transform(double[] v) {
    if (v.length != n) {
      throw new IllegalArgumentException("row has " + v.length + " samples, expected " + n);
    }
    double[] z = new double[2 * fftLength];
    for (int k = 0; k < n; k++) {
      z[2 * k] = v[k];
    }
    double[] spectrum = Fft.fft(z);
    double[][] out = new double[points.length][];
    double[] y = new double[2 * fftLength];
    for (int r = 0; r < points.length; r += 2) {
      double[] h1 = wavelets[r];
      double[] h2 = r + 1 < points.length ? wavelets[r + 1] : null;
      for (int k = 0; k < 2 * fftLength; k += 2) {
        double xr = spectrum[k];
        double xi = spectrum[k + 1];
        double re = xr * h1[k] - xi * h1[k + 1];
        double im = xr * h1[k + 1] + xi * h1[k];
        if (h2 != null) { // + i·(X·H2)
          re -= xr * h2[k + 1] + xi * h2[k];
          im += xr * h2[k] - xi * h2[k + 1];
        }
        y[k] = re;
        y[k + 1] = im;
      }
      double[] full = Fft.ifft(y);
      out[r] = same(full, 0, points[r]);
      if (h2 != null) {
        out[r + 1] = same(full, 1, points[r + 1]);
      }
    }
    return out;
  }

  /** The {@code 'same'} part of a full convolution held in part {@code part} (0 re, 1 im). */
  private double[] same(double[] full, int part, int kernelLength) {
    int start = (kernelLength - 1) / 2;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = full[2 * (i + start) + part];
    }
    return out;
  }
}

package dev.fathom.dsp.signal;

import dev.fathom.dsp.ComplexArrays;
import dev.fathom.dsp.fft.Fft;

/**
 * Analytic signals: {@code scipy.signal.hilbert} along an axis, and distpy's frequency-domain
 * {@code agnostic_analytic_signal} estimator (spec §2.4.6).
 */
public final class AnalyticSignal {
  private AnalyticSignal() {}

  /**
   * {@code scipy.signal.hilbert(x)} of a real row: {@code ifft(fft(x)·h)} with {@code h = 1} at DC
   * (and Nyquist for even n), 2 for positive frequencies, 0 for negative. Interleaved complex.
   */
  public static double[] hilbert(double[] x) {
    int n = x.length;
    double[] z = Fft.fftOfReal(x);
    for (int k = 0; k < n; k++) {
      double h;
      if (k == 0 || (n % 2 == 0 && k == n / 2)) {
        h = 1;
      } else if (k < (n + 1) / 2) {
        h = 2;
      } else {
        h = 0;
      }
      z[2 * k] *= h;
      z[2 * k + 1] *= h;
    }
    return Fft.ifft(z);
  }

  /** {@link #hilbert(double[])} along {@code axis} of a real 2-D array: {@code [nx][2nt]} or the transpose for axis 0. */
  public static double[][] hilbert(double[][] x, int axis) {
    if (dev.fathom.dsp.Axes.normalise(axis) == 0) {
      double[][] t = hilbert(ComplexArrays.transpose(x), 1);
      return ComplexArrays.transpose(t, 2);
    }
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = hilbert(x[i]);
    }
    return out;
  }

  /**
   * distpy's estimator spectrum of length {@code n}: {@code fft(roll(line, −round(L/2)))} where
   * {@code line[0:L] = exp(2πi·fc·t)·hanning(L)}, {@code t = (arange(L) − L/2)/fs}, rounded to
   * complex64 as distpy stores it; the FFT is taken in double precision (numpy 1.x; numpy ≥ 2
   * transforms complex64 in single precision, ≈2e-8 relative, spec §5).
   *
   * @param fc centre frequency (Hz), distpy's {@code freq}
   * @param fs the rate distpy passes ({@code |dx|} for axis 1, {@code prf} for axis 0 — swapped)
   * @param windowLength {@code L <= n}
   */
  public static double[] distpyEstimator(int n, double fc, double fs, int windowLength) {
    int len = windowLength;
    if (len < 1 || len > n) {
      throw new IllegalArgumentException("window_length must be in [1, " + n + "], got " + len);
    }
    double[] line = new double[2 * n];
    double twoPiFc = 2 * Math.PI * fc;
    for (int k = 0; k < len; k++) {
      double t = (k - 0.5 * len) / fs;
      double h = hanning(k, len);
      double theta = twoPiFc * t;
      line[2 * k] = (float) (Math.cos(theta) * h);
      line[2 * k + 1] = (float) (Math.sin(theta) * h);
    }
    int shift = (int) Math.rint(len / 2.0);
    double[] rolled = new double[2 * n];
    for (int k = 0; k < n; k++) {
      int from = Math.floorMod(k + shift, n);
      rolled[2 * k] = line[2 * from];
      rolled[2 * k + 1] = line[2 * from + 1];
    }
    return Fft.fft(rolled);
  }

  /**
   * distpy's {@code analytic_signal} on a spectrum already FFT'd along axis 1: every row times the
   * estimator (element-wise complex product). For distpy's axis 0 the same product along the last
   * axis applies (it broadcasts along axis 1, so only square arrays work there).
   */
  public static double[][] distpyApply(double[][] spectrum, double[] estimator) {
    double[][] out = new double[spectrum.length][];
    for (int i = 0; i < spectrum.length; i++) {
      double[] z = spectrum[i];
      if (z.length != estimator.length) {
        throw new IllegalArgumentException(
            "estimator has " + estimator.length / 2 + " bins, row " + z.length / 2);
      }
      out[i] = new double[z.length];
      for (int k = 0; k < z.length; k += 2) {
        double ar = z[k];
        double ai = z[k + 1];
        double br = estimator[k];
        double bi = estimator[k + 1];
        out[i][k] = ar * br - ai * bi;
        out[i][k + 1] = ar * bi + ai * br;
      }
    }
    return out;
  }

  /** {@code numpy.hanning(M)[k] = 0.5 + 0.5·cos(π·(2k + 1 − M)/(M − 1))}. */
  static double hanning(int k, int m) {
    if (m == 1) {
      return 1.0;
    }
    return 0.5 + 0.5 * Math.cos(Math.PI * (2 * k + 1 - m) / (m - 1));
  }
}

package dev.fathom.dsp.fft;

/** Frequency axes of FFT outputs: {@code numpy.fft.fftfreq} and {@code numpy.fft.rfftfreq}. */
public final class FftFreq {
  private FftFreq() {}

  /**
   * Sample frequencies of an {@code n}-point FFT with sample spacing {@code d} (seconds, or metres
   * for wavenumbers): {@code [0, 1, ..., ceil(n/2)-1, -floor(n/2), ..., -1] / (d n)}.
   */
  public static double[] fftfreq(int n, double d) {
    double[] f = new double[n];
    double val = 1.0 / (n * d);
    int positive = (n - 1) / 2 + 1;
    for (int k = 0; k < positive; k++) {
      f[k] = k * val;
    }
    for (int k = positive; k < n; k++) {
      f[k] = (k - n) * val;
    }
    return f;
  }

  /** Sample frequencies of an {@code n}-point rfft: {@code [0, 1, ..., n/2] / (d n)}. */
  public static double[] rfftfreq(int n, double d) {
    double[] f = new double[n / 2 + 1];
    double val = 1.0 / (n * d);
    for (int k = 0; k < f.length; k++) {
      f[k] = k * val;
    }
    return f;
  }
}

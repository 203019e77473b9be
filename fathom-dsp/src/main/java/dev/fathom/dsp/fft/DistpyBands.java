package dev.fathom.dsp.fft;

/**
 * Frequency (Hz) to FFT-column mapping of distpy's {@code rms_from_fft} and {@code multiple_calcs}
 * commands (spec §2.3), including their quirks: integer truncation of {@code f·f_rescale}, a band
 * whose high edge truncates to its low edge is widened to Nyquist, and a negative high edge means
 * Nyquist, exclusive ({@code int(ncols/2)}).
 */
public final class DistpyBands {
  private DistpyBands() {}

  /**
   * Columns of {@code rms_from_fft(low_freq, high_freq)}: {@code i1 = int(low·fRescale)}; {@code h
   * = high} scaled by {@code fRescale} when positive, {@code -1} when {@code int(h) == i1}; {@code
   * i2 = int(h)}, and {@code i2 < 1} means {@code int(ncols/2)}.
   *
   * @param fRescale {@code nt / prf} (seconds), as distpy injects it
   * @param ncols number of FFT columns ({@code nt})
   */
  public static Band rmsFromFft(double lowFreq, double highFreq, double fRescale, int ncols) {
    int i1 = (int) (lowFreq * fRescale);
    int i2 = highIndex(highFreq, i1, fRescale);
    if (i2 < 1) {
      i2 = ncols / 2;
    }
    return Band.slice(i1, i2, ncols);
  }

  /**
   * Columns of {@code multiple_calcs(low_freq=[…], high_freq=[…])}: as {@link #rmsFromFft} per
   * band, except that only negative high indices become Nyquist ({@code 0} stays {@code 0}).
   *
   * @throws IllegalArgumentException when the lists differ in length or a band is empty
   */
  public static Band[] multipleCalcs(
      double[] lowFreq, double[] highFreq, double fRescale, int ncols) {
    if (lowFreq.length != highFreq.length) {
      throw new IllegalArgumentException(
          "low_freq has " + lowFreq.length + " entries, high_freq " + highFreq.length);
    }
    Band[] bands = new Band[lowFreq.length];
    for (int a = 0; a < bands.length; a++) {
      int i1 = (int) (lowFreq[a] * fRescale);
      int i2 = highIndex(highFreq[a], i1, fRescale);
      if (i2 < 0) {
        i2 = ncols / 2;
      }
      bands[a] = Band.slice(i1, i2, ncols);
    }
    return bands;
  }

  private static int highIndex(double high, int low, double fRescale) {
    double h = high > 0 ? high * fRescale : high;
    return (int) h == low ? -1 : (int) h;
  }
}

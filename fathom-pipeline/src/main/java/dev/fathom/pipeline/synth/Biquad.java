package dev.fathom.pipeline.synth;

/**
 * A second-order IIR band-pass section (direct form I), from R. Bristow-Johnson's "Cookbook
 * formulae for audio EQ biquad filter coefficients" (band-pass, constant 0 dB peak gain): centre
 * {@code f0 = sqrt(low * high)}, {@code Q = f0 / (high - low)}. A cheap way to band-limit white
 * noise sample by sample, with no FFT. Not thread-safe (it holds the filter state).
 */
final class Biquad {
  private final double b0;
  private final double b2;
  private final double a1;
  private final double a2;
  private double x1;
  private double x2;
  private double y1;
  private double y2;

  /**
   * @param lowHz lower -3 dB edge, Hz
   * @param highHz upper -3 dB edge, Hz (below {@code sampleRate / 2})
   * @param sampleRate samples per second
   */
  Biquad(double lowHz, double highHz, double sampleRate) {
    if (!(lowHz > 0 && highHz > lowHz && highHz < sampleRate / 2)) {
      throw new IllegalArgumentException("band " + lowHz + "-" + highHz + " Hz must lie in (0, " + sampleRate / 2 + ")");
    }
    double f0 = Math.sqrt(lowHz * highHz);
    double w0 = 2 * Math.PI * f0 / sampleRate;
    double alpha = Math.sin(w0) / (2 * f0 / (highHz - lowHz));
    double a0 = 1 + alpha;
    this.b0 = alpha / a0;
    this.b2 = -alpha / a0;
    this.a1 = -2 * Math.cos(w0) / a0;
    this.a2 = (1 - alpha) / a0;
  }

  /** Filters one sample. */
  double next(double x) {
    double y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    return y;
  }
}

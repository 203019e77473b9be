package dev.fathom.dsp.iir;

/**
 * Digital Butterworth design with {@code scipy.signal.butter(N, Wn, btype)} semantics (scipy 1.17,
 * {@code iirfilter} with {@code analog=False}, {@code fs=None}): analog prototype poles {@code
 * −exp(iπm/(2N))}, {@code m = −N+1, −N+3, …, N−1}; pre-warping {@code w = 4·tan(π·Wn/2)}; the
 * analog band transformation; the bilinear transform with {@code fs = 2}; then {@code zpk2tf}
 * ({@link #ba}) or {@code zpk2sos} with nearest pairing ({@link #sos}).
 *
 * <p>{@code Wn} is normalised to Nyquist: {@code 0 < Wn < 1}; band types take {@code [low,
 * high]}. For a sample rate {@code fs} in Hz and a cut-off {@code f} in Hz use {@code Wn = f /
 * (fs/2)}. Prefer {@link #sos} for low normalised frequencies: the {@code ba} form is
 * ill-conditioned there (spec §5).
 */
public final class Butterworth {
  private Butterworth() {}

  /** {@code butter(order, wn, type, output='ba')} for low-pass or high-pass. */
  public static TransferFunction ba(int order, double wn, FilterType type) {
    return ZpkTransforms.toTransferFunction(zpk(order, new double[] {wn}, type));
  }

  /** {@code butter(order, [low, high], type, output='ba')} for band-pass or band-stop. */
  public static TransferFunction ba(int order, double[] wn, FilterType type) {
    return ZpkTransforms.toTransferFunction(zpk(order, wn, type));
  }

  /** {@code butter(order, wn, type, output='sos')}: sections {@code [b0 b1 b2 a0 a1 a2]}. */
  public static double[][] sos(int order, double wn, FilterType type) {
    return ZpkToSos.convert(zpk(order, new double[] {wn}, type));
  }

  /** {@code butter(order, [low, high], type, output='sos')}. */
  public static double[][] sos(int order, double[] wn, FilterType type) {
    return ZpkToSos.convert(zpk(order, wn, type));
  }

  static Zpk zpk(int order, double[] wn, FilterType type) {
    if (order < 1) {
      throw new IllegalArgumentException("filter order must be >= 1, got " + order);
    }
    if (wn.length != (type.isBand() ? 2 : 1)) {
      throw new IllegalArgumentException(
          type + " needs " + (type.isBand() ? 2 : 1) + " critical frequencies, got " + wn.length);
    }
    for (double w : wn) {
      if (!(w > 0 && w < 1)) {
        throw new IllegalArgumentException(
            "digital filter critical frequencies must be 0 < Wn < 1, got " + w);
      }
    }
    if (type.isBand() && !(wn[0] < wn[1])) {
      throw new IllegalArgumentException("Wn[0] must be less than Wn[1]");
    }
    final double fs = 2.0;
    double[] warped = new double[wn.length];
    for (int i = 0; i < wn.length; i++) {
      warped[i] = 2 * fs * Math.tan(Math.PI * wn[i] / fs);
    }
    Zpk analog = prototype(order);
    switch (type) {
      case LOWPASS:
        analog = ZpkTransforms.lowpass(analog, warped[0]);
        break;
      case HIGHPASS:
        analog = ZpkTransforms.highpass(analog, warped[0]);
        break;
      case BANDPASS:
        analog = ZpkTransforms.bandpass(
            analog, Math.sqrt(warped[0] * warped[1]), warped[1] - warped[0]);
        break;
      default:
        analog = ZpkTransforms.bandstop(
            analog, Math.sqrt(warped[0] * warped[1]), warped[1] - warped[0]);
    }
    return ZpkTransforms.bilinear(analog, fs);
  }

  /** {@code buttap(N)}: no zeros, poles {@code −exp(iπm/(2N))}, gain 1. */
  static Zpk prototype(int order) {
    Complex[] p = new Complex[order];
    for (int i = 0; i < order; i++) {
      int m = -order + 1 + 2 * i;
      p[i] = Complex.expi(Math.PI * m / (2 * order)).negate();
    }
    return new Zpk(new Complex[0], p, 1.0);
  }
}

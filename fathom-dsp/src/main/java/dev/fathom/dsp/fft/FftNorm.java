package dev.fathom.dsp.fft;

/**
 * numpy.fft {@code norm} conventions: which direction carries the {@code 1/n} factor.
 *
 * <ul>
 *   <li>{@link #BACKWARD} (numpy default): forward unscaled, inverse scaled by {@code 1/n}.
 *   <li>{@link #ORTHO}: both scaled by {@code 1/sqrt(n)}.
 *   <li>{@link #FORWARD}: forward scaled by {@code 1/n}, inverse unscaled.
 * </ul>
 */
public enum FftNorm {
  BACKWARD,
  ORTHO,
  FORWARD;

  /** Factor applied to an unscaled transform of length {@code n}. */
  double scale(int n, boolean inverse) {
    switch (this) {
      case ORTHO:
        return 1.0 / Math.sqrt(n);
      case FORWARD:
        return inverse ? 1.0 : 1.0 / n;
      default:
        return inverse ? 1.0 / n : 1.0;
    }
  }
}

package dev.fathom.dsp.iir;

import java.util.Locale;

/**
 * Edge extension of {@code scipy.signal.filtfilt} ({@code _arraytools.odd_ext/even_ext/const_ext})
 * by {@code n} samples at each end:
 *
 * <ul>
 *   <li>{@link #ODD}: {@code 2x[0] − x[n:0:-1] | x | 2x[−1] − x[-2:-n-2:-1]};
 *   <li>{@link #EVEN}: {@code x[n:0:-1] | x | x[-2:-n-2:-1]} (mirror without the end sample);
 *   <li>{@link #CONSTANT}: end samples repeated;
 *   <li>{@link #NONE}: no extension ({@code padtype=None}).
 * </ul>
 */
public enum PadType {
  ODD,
  EVEN,
  CONSTANT,
  NONE;

  /** Parses scipy's strings {@code 'odd'}, {@code 'even'}, {@code 'constant'}, and None/'none'. */
  public static PadType parse(String s) {
    if (s == null) {
      return NONE;
    }
    return valueOf(s.toUpperCase(Locale.ROOT));
  }

  /** {@code x} extended by {@code n} samples at both ends ({@code n < len(x)}). */
  public double[] extend(double[] x, int n) {
    if (this == NONE || n == 0) {
      return x.clone();
    }
    int len = x.length;
    if (n >= len) {
      throw new IllegalArgumentException(
          "extension of " + n + " samples needs more than " + n + " samples, got " + len);
    }
    double[] out = new double[len + 2 * n];
    System.arraycopy(x, 0, out, n, len);
    double first = x[0];
    double last = x[len - 1];
    for (int j = 1; j <= n; j++) {
      double left = x[j];
      double right = x[len - 1 - j];
      switch (this) {
        case ODD:
          out[n - j] = 2 * first - left;
          out[n + len - 1 + j] = 2 * last - right;
          break;
        case EVEN:
          out[n - j] = left;
          out[n + len - 1 + j] = right;
          break;
        default:
          out[n - j] = first;
          out[n + len - 1 + j] = last;
      }
    }
    return out;
  }
}

package dev.fathom.dsp.ndimage;

import java.util.Locale;

/**
 * {@code scipy.ndimage} boundary modes: how samples outside {@code [0, n)} are taken (spec §2.5.4,
 * input {@code a b c d}):
 *
 * <ul>
 *   <li>{@link #REFLECT}: {@code d c b a | a b c d | d c b a} (edge repeated; scipy's default);
 *   <li>{@link #MIRROR}: {@code d c b | a b c d | c b a} (edge not repeated);
 *   <li>{@link #NEAREST}: {@code a a a | a b c d | d d d};
 *   <li>{@link #CONSTANT}: {@code cval} outside;
 *   <li>{@link #WRAP}: {@code a b c d | a b c d | a b c d}.
 * </ul>
 */
public enum BoundaryMode {
  REFLECT,
  MIRROR,
  NEAREST,
  CONSTANT,
  WRAP;

  /** Parses scipy's mode names (also {@code grid-mirror}, {@code grid-constant}, {@code grid-wrap}). */
  public static BoundaryMode parse(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "reflect":
      case "grid-mirror":
        return REFLECT;
      case "mirror":
        return MIRROR;
      case "nearest":
        return NEAREST;
      case "constant":
      case "grid-constant":
        return CONSTANT;
      case "wrap":
      case "grid-wrap":
        return WRAP;
      default:
        throw new IllegalArgumentException("unknown boundary mode '" + s + "'");
    }
  }

  /** The index in {@code [0, n)} that position {@code i} reads, or −1 for {@code cval}. */
  public int index(int i, int n) {
    if (i >= 0 && i < n) {
      return i;
    }
    switch (this) {
      case NEAREST:
        return i < 0 ? 0 : n - 1;
      case WRAP:
        return Math.floorMod(i, n);
      case REFLECT: {
        int j = Math.floorMod(i, 2 * n);
        return j < n ? j : 2 * n - 1 - j;
      }
      case MIRROR: {
        if (n == 1) {
          return 0;
        }
        int j = Math.floorMod(i, 2 * n - 2);
        return j < n ? j : 2 * n - 2 - j;
      }
      default:
        return -1;
    }
  }

  /** {@code x} extended by {@code before} and {@code after} samples according to this mode. */
  double[] extend(double[] x, int before, int after, double cval) {
    int n = x.length;
    double[] out = new double[n + before + after];
    for (int i = 0; i < out.length; i++) {
      int j = index(i - before, n);
      out[i] = j < 0 ? cval : x[j];
    }
    return out;
  }
}

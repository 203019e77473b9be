package dev.fathom.graph.witsml;

import java.util.Arrays;
import java.util.Locale;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back as the same double, laid
 * out as Python does — fixed notation with at least one decimal when the decimal exponent is in
 * [-4, 16), otherwise scientific with a signed exponent of at least two digits ({@code 1e-05},
 * {@code 1.5e+16}); {@code nan}, {@code inf}, {@code -inf}. (Java 17's {@code Double.toString}
 * is not always the shortest and lays numbers out differently.)
 */
public final class PyFloat {
  private PyFloat() {}

  public static String repr(double v) {
    if (Double.isNaN(v)) return "nan";
    if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
    if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
    // The shortest of Java's %.(p-1)e renderings, p = 1..17, that reads back as v. Every one of
    // them is the digit string of %.19e (FloatingDecimal's digits, at most 20, zero-padded)
    // rounded half-up to p digits, so one format call gives them all.
    double a = Math.abs(v);
    String full = String.format(Locale.ROOT, "%.19e", a);
    int at = full.indexOf('e');
    char[] all = new char[at - 1];
    all[0] = full.charAt(0);
    full.getChars(2, at, all, 1);
    int allExp = Integer.parseInt(full.substring(at + 1));
    int e10 = exponent10(a);
    char[] digits = null;
    int exp = 0;
    for (int p = 1; p <= 17 && digits == null; p++) {
      if (noGridPointNear(a, e10, p)) continue; // cannot read back as v: skip the parse
      char[] r = Arrays.copyOf(all, p);
      int rExp = allExp;
      if (all[p] >= '5') { // java.util.Formatter rounds half up on the digit string
        int i = p - 1;
        while (i >= 0 && r[i] == '9') r[i--] = '0';
        if (i < 0) {
          r[0] = '1';
          rExp++;
        } else {
          r[i]++;
        }
      }
      if (Double.parseDouble(new String(r) + "E" + (rExp - p + 1)) == a) {
        digits = r;
        exp = rExp;
      }
    }
    if (digits == null) { // no 17-digit rounding reads back (not seen): FloatingDecimal's own digits do
      digits = all;
      exp = allExp;
    }
    int n = digits.length;
    while (n > 1 && digits[n - 1] == '0') n--;
    String ds = new String(digits, 0, n);
    String sign = v < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      if (exp >= n - 1) return sign + ds + "0".repeat(exp - n + 1) + ".0";
      if (exp >= 0) return sign + ds.substring(0, exp + 1) + "." + ds.substring(exp + 1);
      return sign + "0." + "0".repeat(-exp - 1) + ds;
    }
    String mantissa = n == 1 ? ds : ds.charAt(0) + "." + ds.substring(1);
    return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  /** Exact powers of ten 1e0 .. 1e22 (all representable). */
  private static final double[] POW10 = new double[23];

  static {
    double t = 1;
    for (int k = 0; k < POW10.length; k++, t *= 10) POW10[k] = t;
  }

  /**
   * {@code floor(log10(a))} for a positive {@code a} within 1e-21 .. 1e22 and not within 1e-13
   * (relative) of a power of ten; else {@link Integer#MIN_VALUE} (no shortcut then).
   */
  private static int exponent10(double a) {
    if (!(a >= 1e-21 && a < 1e22)) return Integer.MIN_VALUE;
    int e = Math.max(-21, Math.min(21, (int) Math.floor(Math.log10(a))));
    while (e > -21 && pow10(e) > a) e--;
    while (e < 21 && pow10(e + 1) <= a) e++;
    // negative powers of ten are rounded: near a power of ten, e could be off by one
    if (Math.abs(a / pow10(e) - 1) < 1e-13 || Math.abs(a / pow10(e + 1) - 1) < 1e-13) return Integer.MIN_VALUE;
    return e;
  }

  private static double pow10(int k) {
    return k >= 0 ? POW10[k] : 1 / POW10[-k];
  }

  /**
   * True when provably no decimal of {@code p} significant digits lies within one ulp of {@code a}
   * (so that no p-digit rendering of it can parse back to {@code a}): a speed-up only, as
   * it answers false whenever it cannot be sure. With {@code 10^e ≤ a < 10^(e+1)}, every p-digit
   * rendering is a multiple of {@code 10^(e-p+1)}; scaled by {@code 10^(p-1-e)} they are the
   * integers, and {@code a}'s scaled value is tested for being farther than its scaled ulp from
   * every integer, with margins for the rounding of the scaling.
   */
  private static boolean noGridPointNear(double a, int e, int p) {
    if (e == Integer.MIN_VALUE || p > 15) return false;
    int s = p - 1 - e;
    if (s > 22 || s < -22) return false;
    double t = s >= 0 ? a * POW10[s] : a / POW10[-s]; // correctly rounded: within ulp(t)/2
    double u = s >= 0 ? Math.ulp(a) * POW10[s] : Math.ulp(a) / POW10[-s];
    double d = Math.abs(t - Math.rint(t)); // exact: t < 1e15 < 2^52
    return d - Math.ulp(t) > 2 * u;
  }

  /** {@code str()} of a JSON number as Python sees it: integers without a decimal point. */
  public static String of(double v, boolean integral) {
    return integral ? Long.toString((long) v) : repr(v);
  }
}

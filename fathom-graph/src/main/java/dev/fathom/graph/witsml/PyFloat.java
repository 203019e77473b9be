package dev.fathom.graph.witsml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back as the same double, laid
 * out as Python does — fixed notation with at least one decimal when the decimal exponent is in
 * [-4, 16), otherwise scientific with a signed exponent of at least two digits ({@code 1e-05},
 * {@code 1.5e+16}); {@code nan}, {@code inf}, {@code -inf}. Among several shortest decimals it is
 * the closest to the double ({@code 2.4963691131217593e+25}, not {@code …592e+25}). (Java 17's
 * {@code Double.toString} is not always the shortest nor the closest, and lays numbers out
 * differently.)
 */
public final class PyFloat {
  private PyFloat() {}

  public static String repr(double v) {
    if (Double.isNaN(v)) return "nan";
    if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
    if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
    if (Math.abs(v) >= Double.MIN_NORMAL) {
      return appendShortest(new StringBuilder(24), v).toString();
    }
    return searchShortest(v);
  }

  /**
   * Appends {@link #repr}{@code (v)} to {@code out}, without the intermediate strings of {@code
   * repr} for normal numbers (the common case of a large log).
   */
  public static StringBuilder appendRepr(StringBuilder out, double v) {
    if (Math.abs(v) >= Double.MIN_NORMAL && !Double.isInfinite(v)) {
      return appendShortest(out, v);
    }
    return out.append(repr(v));
  }

  /**
   * The fast path for a finite normal {@code v}: the digits of the Schubfach algorithm (R.
   * Giulietti, "The Schubfach way to render doubles", 2020; Jackson's copy, {@code
   * NumberOutput.toString(v, true)}, the algorithm of Java 19's {@code Double.toString}). It gives
   * the shortest decimal that reads back as {@code v} and, among several, the closest to {@code v}
   * (ties to an even digit) — what Python's {@code repr} (David Gay's {@code dtoa}, mode 0) gives —
   * except that where one digit would do it may give two; that happens only for subnormal numbers
   * (there the one-digit grid is finer than the spacing of doubles), which go through {@link
   * #searchShortest} instead. The text it returns ({@code 1.2345E-5}, {@code 100.0}, {@code
   * 0.00123}) is taken apart into digits and exponent and laid out as Python does.
   */
  private static StringBuilder appendShortest(StringBuilder out, double v) {
    String j = com.fasterxml.jackson.core.io.NumberOutput.toString(Math.abs(v), true);
    int len = j.length();
    int e = j.indexOf('E');
    int mantEnd = e < 0 ? len : e;
    char[] digits = new char[mantEnd];
    int n = 0;
    int point = -1; // digits before the decimal point, counting leading zeros
    int leadingZeros = 0;
    for (int k = 0; k < mantEnd; k++) {
      char c = j.charAt(k);
      if (c == '.') {
        point = n + leadingZeros;
      } else if (n == 0 && c == '0') {
        leadingZeros++;
      } else {
        digits[n++] = c;
      }
    }
    if (point < 0) point = n + leadingZeros;
    int exp = point - 1 - leadingZeros;
    if (e >= 0) exp += Integer.parseInt(j, e + 1, len, 10);
    while (n > 1 && digits[n - 1] == '0') n--;
    return layout(out, v < 0, digits, n, exp);
  }

  /**
   * Python's layout of the significant digits {@code d[0 … n)} ({@code d[0] ≠ '0'}, no trailing
   * zero unless {@code n = 1}) with decimal exponent {@code exp} (value {@code d.ddd × 10^exp}).
   */
  private static StringBuilder layout(StringBuilder out, boolean negative, char[] d, int n, int exp) {
    if (negative) out.append('-');
    if (exp >= -4 && exp < 16) {
      if (exp >= n - 1) {
        out.append(d, 0, n);
        for (int k = n - 1; k < exp; k++) out.append('0');
        return out.append(".0");
      }
      if (exp >= 0) {
        return out.append(d, 0, exp + 1).append('.').append(d, exp + 1, n - exp - 1);
      }
      out.append("0.");
      for (int k = 1; k < -exp; k++) out.append('0');
      return out.append(d, 0, n);
    }
    out.append(d[0]);
    if (n > 1) out.append('.').append(d, 1, n - 1);
    int a = Math.abs(exp);
    return out.append('e').append(exp < 0 ? '-' : '+').append(a < 10 ? "0" : "").append(a);
  }

  /**
   * Python's {@code repr} digits by plain search, for any finite non-zero {@code v} (the path of
   * subnormal numbers, and the reference the fast path is tested against): for {@code p = 1, 2,
   * …} the {@code p}-digit decimals just below and just above the exact value of {@code v}; the
   * first {@code p} where one of them reads back as {@code v} gives the result, the closer one
   * when both do (ties to an even last digit). At most 17 digits are needed.
   */
  static String searchShortest(double v) {
    double a = Math.abs(v);
    BigDecimal exact = new BigDecimal(a);
    for (int p = 1; ; p++) {
      BigDecimal lo = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal hi = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean loOk = Double.parseDouble(lo.toString()) == a;
      boolean hiOk = Double.parseDouble(hi.toString()) == a;
      if (!loOk && !hiOk) continue;
      BigDecimal d;
      if (loOk && hiOk) {
        int c = exact.subtract(lo).compareTo(hi.subtract(exact));
        d = c < 0 || c == 0 && !lo.unscaledValue().testBit(0) ? lo : hi;
      } else {
        d = loOk ? lo : hi;
      }
      d = d.stripTrailingZeros();
      char[] digits = d.unscaledValue().toString().toCharArray();
      int exp = digits.length - 1 - d.scale();
      return layout(new StringBuilder(24), v < 0, digits, digits.length, exp).toString();
    }
  }

  /** {@code str()} of a JSON number as Python sees it: integers without a decimal point. */
  public static String of(double v, boolean integral) {
    return integral ? Long.toString((long) v) : repr(v);
  }
}

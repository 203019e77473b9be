package dev.fathom.graph.witsml;

import java.math.BigDecimal;
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
    String sci = null;
    for (int p = 1; p <= 17; p++) {
      String s = String.format(Locale.ROOT, "%." + (p - 1) + "e", v);
      if (Double.parseDouble(s) == v) {
        sci = s;
        break;
      }
    }
    BigDecimal d = new BigDecimal(sci).stripTrailingZeros();
    String digits = d.unscaledValue().abs().toString();
    int exp = digits.length() - 1 - d.scale(); // decimal exponent of the first digit
    String sign = v < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      String plain = d.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  /** {@code str()} of a JSON number as Python sees it: integers without a decimal point. */
  public static String of(double v, boolean integral) {
    return integral ? Long.toString((long) v) : repr(v);
  }
}

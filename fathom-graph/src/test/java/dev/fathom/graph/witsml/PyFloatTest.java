package dev.fathom.graph.witsml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Python's repr(float), as WITSML files written by distpy show numbers. */
class PyFloatTest {
  @Test
  void shortestRoundTripWithPythonsLayout() {
    // expected values from Python 3.11: repr(x)
    assertEquals("100.0", PyFloat.repr(100.0));
    assertEquals("0.07245288979719455", PyFloat.repr(0.07245288979719455));
    assertEquals("1e-05", PyFloat.repr(1e-5));
    assertEquals("0.0001", PyFloat.repr(1e-4));
    assertEquals("1.5e-05", PyFloat.repr(1.5e-5));
    assertEquals("1e+16", PyFloat.repr(1e16));
    assertEquals("9999999999999998.0", PyFloat.repr(9999999999999998.0));
    assertEquals("1.2345678901234568e+17", PyFloat.repr(123456789012345678.0));
    assertEquals("-2.5", PyFloat.repr(-2.5));
    assertEquals("0.1", PyFloat.repr(0.1));
    assertEquals("2e-323", PyFloat.repr(2e-323));
    assertEquals("nan", PyFloat.repr(Double.NaN));
    assertEquals("-inf", PyFloat.repr(Double.NEGATIVE_INFINITY));
    assertEquals("-0.0", PyFloat.repr(-0.0));
    assertEquals("200", PyFloat.of(200, true));
  }

  /** The plain algorithm: every precision formatted in turn, then laid out through BigDecimal. */
  private static String reference(double v) {
    if (Double.isNaN(v)) return "nan";
    if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
    if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
    String sci = null;
    for (int p = 1; p <= 17 && sci == null; p++) {
      String s = String.format(Locale.ROOT, "%." + (p - 1) + "e", v);
      if (Double.parseDouble(s) == v) sci = s;
    }
    java.math.BigDecimal d = new java.math.BigDecimal(sci).stripTrailingZeros();
    String digits = d.unscaledValue().abs().toString();
    int exp = digits.length() - 1 - d.scale();
    String sign = v < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      String plain = d.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  @Test
  void theFastSearchGivesThePlainAlgorithmsText() {
    SplittableRandom rnd = new SplittableRandom(3);
    java.util.List<Double> values = new java.util.ArrayList<>();
    for (int k = 0; k < 20_000; k++) {
      values.add(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-30, 30))); // any digits
      values.add(Math.rint(rnd.nextDouble() * 1e6) / Math.pow(10, rnd.nextInt(0, 12))); // short decimals
      values.add(Double.longBitsToDouble(rnd.nextLong(1L, 0x7FEFFFFFFFFFFFFFL)) * (k % 2 == 0 ? 1 : -1)); // any double
      values.add(rnd.nextInt(-100_000, 100_000) * 1.0); // integers
      values.add(rnd.nextInt(1, 1000) * Math.pow(10, rnd.nextInt(-25, 25))); // round numbers
    }
    for (int k = -25; k <= 25; k++) {
      double t = Double.parseDouble("1e" + k);
      values.add(t);
      values.add(Math.nextUp(t));
      values.add(Math.nextDown(t));
      values.add(9.5 * t);
      values.add(9.999999999999999 * t);
      values.add(0.5 * t);
      values.add(-2.5 * t);
    }
    values.add(2.82879384806159E17); // Double.toString gives 18 digits (JDK-4511638)
    values.add(Double.MIN_VALUE);
    values.add(Double.MAX_VALUE);
    values.add(Double.MIN_NORMAL);
    for (double v : values) {
      assertEquals(reference(v), PyFloat.repr(v), () -> "repr of " + v);
    }
  }
}

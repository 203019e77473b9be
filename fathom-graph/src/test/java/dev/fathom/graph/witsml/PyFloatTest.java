package dev.fathom.graph.witsml;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    // two shortest decimals read back: Python takes the closer (Java 17's %.16e gives ...592e+25)
    assertEquals("2.4963691131217593e+25", PyFloat.repr(2.4963691131217592E25));
    assertEquals("1.0715086071862673e+301", PyFloat.repr(0x1p1000));
    assertEquals("9.332636185032189e-302", PyFloat.repr(0x1p-1000));
    assertEquals("2.2250738585072014e-308", PyFloat.repr(Double.MIN_NORMAL));
    // subnormal numbers (the search path)
    assertEquals("5e-324", PyFloat.repr(Double.MIN_VALUE));
    assertEquals("1.5e-323", PyFloat.repr(3 * Double.MIN_VALUE));
    assertEquals("4.94e-322", PyFloat.repr(100 * Double.MIN_VALUE));
    assertEquals("8.095e-320", PyFloat.repr(0x1p-1060));
    assertEquals("2.225073858507201e-308", PyFloat.repr(Math.nextDown(Double.MIN_NORMAL)));
    assertEquals("-1e-310", PyFloat.repr(-1e-310));
    assertEquals("1.2345678e-315", PyFloat.repr(1.2345678e-315));
  }

  @Test
  void theFastPathAgreesWithThePlainSearch() {
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
    for (int k = -1074; k <= 1023; k++) {
      values.add(Math.scalb(1.0, k)); // powers of two: the doubles below are closer than those above
    }
    values.add(2.82879384806159E17); // Double.toString gives 18 digits (JDK-4511638)
    values.add(Double.MIN_VALUE);
    values.add(Double.MAX_VALUE);
    values.add(Double.MIN_NORMAL);
    for (double v : values) {
      if (v == 0 || Double.isInfinite(v)) continue;
      assertEquals(PyFloat.searchShortest(v), PyFloat.repr(v), () -> "repr of " + v);
      assertEquals(PyFloat.repr(v), PyFloat.appendRepr(new StringBuilder("x"), v).substring(1));
    }
  }
}

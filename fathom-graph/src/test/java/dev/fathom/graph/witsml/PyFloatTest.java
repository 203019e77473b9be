package dev.fathom.graph.witsml;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

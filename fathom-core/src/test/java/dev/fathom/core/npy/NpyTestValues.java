package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Test values as a function of the C-order flat index k, identical to those of
 * npy_crosscheck.py: b1 {@code k % 3 == 0}; iN/uN the low N bits of
 * {@code k * 0x9E3779B97F4A7C15 + 12345} (mod 2^64, sign-extended for signed types); f4
 * {@code (k - 5) * 0.375}; f8 {@code (k - 5) * 0.1}; complex {@code (k - 5) * 0.375 + (0.25 - 0.5 k) i}.
 */
final class NpyTestValues {
  private NpyTestValues() {}

  static long integer(NpyType t, int k) {
    if (t == NpyType.BOOL) {
      return k % 3 == 0 ? 1 : 0;
    }
    long raw = k * 0x9E3779B97F4A7C15L + 12345;
    int bits = t.itemSize() * 8;
    if (bits == 64) {
      return raw;
    }
    long low = raw & ((1L << bits) - 1);
    return t.kind() == 'i' && low >= 1L << (bits - 1) ? low - (1L << bits) : low;
  }

  static double real(NpyType t, int k) {
    return t == NpyType.FLOAT64 ? (k - 5) * 0.1 : (k - 5) * 0.375;
  }

  static double imag(int k) {
    return 0.25 - 0.5 * k;
  }

  /** The test array of type {@code t} and {@code shape}: little-endian, C order. */
  static NpyArray array(NpyType t, long... shape) {
    int n = (int) Shapes.elementCount(shape);
    NpyArray flat;
    switch (t) {
      case FLOAT32 -> {
        float[] v = new float[n];
        for (int k = 0; k < n; k++) v[k] = (float) real(t, k);
        flat = NpyArray.of(v);
      }
      case FLOAT64 -> {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = real(t, k);
        flat = NpyArray.of(v);
      }
      case COMPLEX64 -> {
        float[] re = new float[n];
        float[] im = new float[n];
        for (int k = 0; k < n; k++) {
          re[k] = (float) real(t, k);
          im[k] = (float) imag(k);
        }
        flat = NpyArray.ofComplex(re, im);
      }
      case COMPLEX128 -> {
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
          re[k] = real(t, k);
          im[k] = imag(k);
        }
        flat = NpyArray.ofComplex(re, im);
      }
      default -> {
        long[] v = new long[n];
        for (int k = 0; k < n; k++) v[k] = integer(t, k);
        flat = NpyArray.ofIntegers(t, v);
      }
    }
    return flat.reshape(shape);
  }

  /** Asserts that {@code a} holds the test values of its type, in C order. */
  static void assertTestValues(NpyArray a, String what) {
    NpyType t = a.dtype().type();
    int n = a.size();
    if (t.isIntegral()) {
      long[] want = new long[n];
      for (int k = 0; k < n; k++) want[k] = integer(t, k);
      assertArrayEquals(want, a.toLongArray(), what);
    } else if (t.isFloat()) {
      double[] want = new double[n];
      for (int k = 0; k < n; k++) want[k] = t == NpyType.FLOAT32 ? (float) real(t, k) : real(t, k);
      assertArrayEquals(want, a.toDoubleArray(), 0.0, what);
    } else {
      double[] want = new double[2 * n];
      for (int k = 0; k < n; k++) {
        want[2 * k] = real(t, k);
        want[2 * k + 1] = imag(k);
      }
      assertArrayEquals(want, a.toComplexInterleaved(), 0.0, what);
    }
  }
}

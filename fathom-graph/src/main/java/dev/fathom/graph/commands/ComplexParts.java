package dev.fathom.graph.commands;

import dev.fathom.graph.DType;
import dev.fathom.graph.NdArray;

/**
 * numpy's element-wise functions of one array: {@code abs}, {@code angle}, {@code conj},
 * {@code real}. Complex magnitudes use {@link Math#hypot} (numpy's {@code npy_cabs}); angles
 * {@link Math#atan2}{@code (imag, real)} (numpy.angle), so real negative values give π.
 */
final class ComplexParts {
  private ComplexParts() {}

  /** numpy.abs: magnitude; complex becomes the matching real type. */
  static NdArray abs(NdArray a) {
    if (!a.isComplex()) return a.mapReal(a.dtype(), Math::abs);
    double[] out = new double[a.size()];
    for (int k = 0; k < out.length; k++) out[k] = Math.hypot(a.re(k), a.im(k));
    return NdArray.wrap(a.dtype().realPart(), a.shape(), out);
  }

  /** numpy.angle: {@code atan2(imag, real)} in radians, float64 (float32 stays float32 only for c8). */
  static NdArray angle(NdArray a) {
    double[] out = new double[a.size()];
    for (int k = 0; k < out.length; k++) out[k] = Math.atan2(a.im(k), a.re(k));
    DType t = a.dtype() == DType.COMPLEX64 || a.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    return NdArray.wrap(t, a.shape(), out);
  }

  /** numpy.conj: negated imaginary part; real arrays unchanged. */
  static NdArray conj(NdArray a) {
    if (!a.isComplex()) return a;
    double[] im = a.imagData();
    for (int k = 0; k < im.length; k++) im[k] = -im[k];
    return NdArray.wrap(a.dtype(), a.shape(), a.realData(), im);
  }

  /** numpy.real: the real part; real arrays unchanged. */
  static NdArray real(NdArray a) {
    return a.isComplex() ? NdArray.wrap(a.dtype().realPart(), a.shape(), a.realData()) : a;
  }
}

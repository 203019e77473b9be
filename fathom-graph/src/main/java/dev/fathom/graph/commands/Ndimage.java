package dev.fathom.graph.commands;

import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.dsp.ndimage.Correlation;
import dev.fathom.dsp.ndimage.GaussianFilter;
import dev.fathom.dsp.ndimage.MedianFilter;
import dev.fathom.dsp.ndimage.Sobel;
import dev.fathom.graph.DType;
import dev.fathom.graph.NdArray;
import java.util.function.UnaryOperator;

/**
 * {@code scipy.ndimage} filters on real arrays by fathom-dsp, with scipy's result type: without an
 * {@code output} argument the result has the input's dtype, and the separable filters
 * ({@code gaussian_filter}, {@code sobel}) store every 1-D pass in it, so float32 input is rounded
 * to float32 and integer input truncated toward zero (numpy's cast) after each pass, as scipy
 * does (specs/distpy.md §2.5.6); {@code correlate}/{@code convolve} cast once, the median is exact.
 * Rows are split over {@code threads} (fathom-dsp's {@code Parallel}); the numbers do not depend
 * on them.
 */
final class Ndimage {
  private Ndimage() {}

  /** {@code gaussian_filter(t, [s0, s1], order=[o0, o1], mode)} of a 2-D array. */
  static NdArray gaussian(NdArray t, double[] sigma, int[] order, BoundaryMode mode, int threads) {
    return filter(t, x -> GaussianFilter.filter(x, sigma, order, mode, 0, store(t.dtype()), threads));
  }

  /**
   * {@code gaussian_filter(t, sigma)} with one sigma on every axis of a 0-, 1- or 2-D array, order 0,
   * mode reflect (a macro step).
   */
  static NdArray gaussian(NdArray t, double sigma, int threads) {
    return gaussian(t, new double[] {t.ndim() == 2 ? sigma : 0, sigma}, new int[2], BoundaryMode.REFLECT, threads);
  }

  /** {@code sobel(t, axis, mode)} of a 2-D array ({@code axis} 0 or 1). */
  static NdArray sobel(NdArray t, int axis, BoundaryMode mode, int threads) {
    return filter(t, x -> Sobel.filter(x, axis, mode, 0, store(t.dtype()), threads));
  }

  /** {@code correlate(t, w, mode)} of a 2-D array, kernel {@code w[depth][time]}. */
  static NdArray correlate(NdArray t, double[][] w, BoundaryMode mode, int threads) {
    return filter(t, x -> Correlation.correlate(x, w, mode, 0, 0, 0, threads));
  }

  /** {@code convolve(t, w, mode)} of a 2-D array, kernel {@code w[depth][time]}. */
  static NdArray convolve(NdArray t, double[][] w, BoundaryMode mode, int threads) {
    return filter(t, x -> Correlation.convolve(x, w, mode, 0, 0, 0, threads));
  }

  /**
   * {@code median_filter(t, size)}, mode reflect: a {@code size} window along a 1-D array, a
   * {@code size x size} window on a 2-D one.
   */
  static NdArray median(NdArray t, int size, int threads) {
    return filter(t, x -> MedianFilter.filter(x, t.ndim() == 2 ? size : 1, size, BoundaryMode.REFLECT, 0, threads));
  }

  /** {@code f} on the rows of {@code t} (a 1-D array as one row; a 0-d array is returned as it is), in t's dtype. */
  private static NdArray filter(NdArray t, UnaryOperator<double[][]> f) {
    if (t.ndim() == 0) return t;
    return NdArray.fromRows(f.apply(t.as2d(false).toRows())).reshape(t.shape()).astype(t.dtype());
  }

  /** What storing a pass in an array of {@code type} does to its values (nothing for float64). */
  private static UnaryOperator<double[][]> store(DType type) {
    return type == DType.FLOAT64 ? UnaryOperator.identity() : rows -> NdArray.fromRows(rows).astype(type).toRows();
  }
}

package dev.fathom.graph.commands;

import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.dsp.ndimage.GaussianFilter;
import dev.fathom.dsp.ndimage.MedianFilter;
import dev.fathom.graph.NdArray;

/**
 * The two ndimage filters a macro step can name, by fathom-dsp: {@code scipy.ndimage.gaussian_filter(t,
 * sigma)} and {@code median_filter(t, size)}, mode 'reflect', the same sigma/size on every axis of
 * a 1-D or 2-D array; the result keeps the input's dtype (as ndimage does).
 */
final class MacroFilters {
  private MacroFilters() {}

  static NdArray gaussian(NdArray t, double sigma) {
    if (t.ndim() == 0) return t;
    double s0 = t.ndim() == 2 ? sigma : 0;
    double[][] rows = GaussianFilter.filter(t.as2d(false).toRows(), new double[] {s0, sigma}, new int[] {0, 0},
        BoundaryMode.REFLECT, 0);
    return NdArray.fromRows(rows).reshape(t.shape()).astype(t.dtype());
  }

  static NdArray median(NdArray t, int size) {
    if (t.ndim() == 0) return t;
    double[][] rows = MedianFilter.filter(t.as2d(false).toRows(), t.ndim() == 2 ? size : 1, size, BoundaryMode.REFLECT, 0);
    return NdArray.fromRows(rows).reshape(t.shape()).astype(t.dtype());
  }
}

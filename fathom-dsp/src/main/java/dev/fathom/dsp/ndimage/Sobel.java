package dev.fathom.dsp.ndimage;

import java.util.function.UnaryOperator;

/**
 * {@code scipy.ndimage.sobel(x, axis, mode, cval)}: correlate1d with {@code [−1, 0, 1]} along
 * {@code axis}, then {@code [1, 2, 1]} along the other axis.
 */
public final class Sobel {
  private static final double[] DERIVATIVE = {-1, 0, 1};
  private static final double[] SMOOTH = {1, 2, 1};

  private Sobel() {}

  /**
   * {@code sobel(x, axis, mode, cval)}; {@code store} is applied to each of the two passes' results
   * (scipy's output array, see {@link GaussianFilter#filter}); lanes split over {@code threads}.
   */
  public static double[][] filter(double[][] x, int axis, BoundaryMode mode, double cval,
      UnaryOperator<double[][]> store, int threads) {
    int a = dev.fathom.dsp.Axes.normalise(axis);
    double[][] d = store.apply(Correlation.correlate1d(x, DERIVATIVE, a, mode, cval, 0, threads));
    return store.apply(Correlation.correlate1d(d, SMOOTH, 1 - a, mode, cval, 0, threads));
  }
}

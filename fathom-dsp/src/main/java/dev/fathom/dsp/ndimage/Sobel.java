package dev.fathom.dsp.ndimage;

/**
 * {@code scipy.ndimage.sobel(x, axis, mode, cval)}: correlate1d with {@code [−1, 0, 1]} along
 * {@code axis}, then {@code [1, 2, 1]} along the other axis.
 */
public final class Sobel {
  private static final double[] DERIVATIVE = {-1, 0, 1};
  private static final double[] SMOOTH = {1, 2, 1};

  private Sobel() {}

  public static double[][] filter(double[][] x, int axis, BoundaryMode mode, double cval) {
    int a = dev.fathom.dsp.Axes.normalise(axis);
    double[][] d = Correlation.correlate1d(x, DERIVATIVE, a, mode, cval, 0);
    return Correlation.correlate1d(d, SMOOTH, 1 - a, mode, cval, 0);
  }
}

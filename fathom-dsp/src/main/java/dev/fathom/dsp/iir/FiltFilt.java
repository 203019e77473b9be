package dev.fathom.dsp.iir;

import dev.fathom.dsp.Axes;
import dev.fathom.dsp.ComplexArrays;
import dev.fathom.dsp.Parallel;

/**
 * Zero-phase filtering with {@code scipy.signal.filtfilt(b, a, x, axis, padtype, padlen,
 * method='pad')} and {@code sosfiltfilt} semantics: extend by {@code edge} samples ({@link
 * PadType}), filter forward from {@code zi·ext[0]}, filter the reversed result from {@code
 * zi·y[−1]}, reverse, strip {@code edge} samples at each end. The default {@code edge} ({@code
 * padlen < 0}) is {@code 3·max(len(a), len(b))}, for sos {@code 3·(2·sections + 1 − min(#(b2 = 0),
 * #(a2 = 0)))}; the row must be longer than {@code edge}. The effective order is twice the
 * filter's.
 */
public final class FiltFilt {
  /** Pass as {@code padlen} to use scipy's default edge length. */
  public static final int DEFAULT_PADLEN = -1;

  private FiltFilt() {}

  /** {@code filtfilt(b, a, x, padtype=padType, padlen=padlen)} of one row. */
  public static double[] filtfilt(double[] b, double[] a, double[] x, PadType padType, int padlen) {
    int ntaps = LFilter.order(b, a) + 1;
    int edge = edge(padType, padlen, 3 * ntaps, x.length);
    double[] zi = LFilter.initialState(b, a);
    double[] ext = padType.extend(x, padType == PadType.NONE ? 0 : edge);
    double[] y = LFilter.filter(b, a, ext, scaled(zi, ext[0]));
    reverse(y);
    y = LFilter.filter(b, a, y, scaled(zi, y[0]));
    reverse(y);
    return strip(y, edge);
  }

  /** {@code filtfilt} along {@code axis} of a 2-D array, rows or columns split over threads. */
  public static double[][] filtfilt(
      TransferFunction tf, double[][] x, int axis, PadType padType, int padlen, int threads) {
    double[] b = tf.b();
    double[] a = tf.a();
    return alongAxis(x, axis, threads, row -> filtfilt(b, a, row, padType, padlen));
  }

  /** {@code sosfiltfilt(sos, x, padtype=padType, padlen=padlen)} of one row. */
  public static double[] sosfiltfilt(double[][] sos, double[] x, PadType padType, int padlen) {
    SosFilter.checked(sos);
    int zeroB2 = 0;
    int zeroA2 = 0;
    for (double[] s : sos) {
      zeroB2 += s[2] == 0 ? 1 : 0;
      zeroA2 += s[5] == 0 ? 1 : 0;
    }
    int ntaps = 2 * sos.length + 1 - Math.min(zeroB2, zeroA2);
    int edge = edge(padType, padlen, 3 * ntaps, x.length);
    double[][] zi = SosFilter.initialState(sos);
    double[] ext = padType.extend(x, padType == PadType.NONE ? 0 : edge);
    double[] y = SosFilter.filter(sos, ext, scaled(zi, ext[0]));
    reverse(y);
    y = SosFilter.filter(sos, y, scaled(zi, y[0]));
    reverse(y);
    return strip(y, edge);
  }

  /** {@code sosfiltfilt} along {@code axis} of a 2-D array, rows or columns split over threads. */
  public static double[][] sosfiltfilt(
      double[][] sos, double[][] x, int axis, PadType padType, int padlen, int threads) {
    return alongAxis(x, axis, threads, row -> sosfiltfilt(sos, row, padType, padlen));
  }

  private static double[][] alongAxis(
      double[][] x, int axis, int threads, java.util.function.UnaryOperator<double[]> kernel) {
    boolean columns = Axes.normalise(axis) == 0;
    double[][] in = columns ? ComplexArrays.transpose(x) : x;
    double[][] out = new double[in.length][];
    Parallel.forRange(
        in.length,
        threads,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            out[i] = kernel.apply(in[i]);
          }
        });
    return columns ? ComplexArrays.transpose(out) : out;
  }

  /** scipy's {@code _validate_pad}: the edge length, checked against the row length. */
  private static int edge(PadType padType, int padlen, int defaultEdge, int length) {
    int edge = padType == PadType.NONE ? 0 : padlen < 0 ? defaultEdge : padlen;
    if (length <= edge) {
      throw new IllegalArgumentException(
          "the length of the input vector x must be greater than padlen, which is " + edge
              + " (length " + length + ")");
    }
    return edge;
  }

  private static double[] scaled(double[] zi, double s) {
    double[] out = new double[zi.length];
    for (int i = 0; i < zi.length; i++) {
      out[i] = zi[i] * s;
    }
    return out;
  }

  private static double[][] scaled(double[][] zi, double s) {
    double[][] out = new double[zi.length][];
    for (int i = 0; i < zi.length; i++) {
      out[i] = scaled(zi[i], s);
    }
    return out;
  }

  private static void reverse(double[] y) {
    for (int i = 0, j = y.length - 1; i < j; i++, j--) {
      double t = y[i];
      y[i] = y[j];
      y[j] = t;
    }
  }

  private static double[] strip(double[] y, int edge) {
    return edge == 0 ? y : java.util.Arrays.copyOfRange(y, edge, y.length - edge);
  }
}

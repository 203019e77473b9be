package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.NdArray;

/**
 * numpy broadcasting of two arrays of up to two dimensions, with dtype promotion and numpy's
 * complex arithmetic ({@code (a+bi)(c+di) = (ac-bd) + (ad+bc)i}).
 */
final class Broadcast {
  /** An element-wise operation on complex numbers given as parts; returns {re, im}. */
  interface Op {
    void apply(double ar, double ai, double br, double bi, double[] out);
  }

  static final Op ADD = (ar, ai, br, bi, o) -> { o[0] = ar + br; o[1] = ai + bi; };
  static final Op MULTIPLY = (ar, ai, br, bi, o) -> { o[0] = ar * br - ai * bi; o[1] = ar * bi + ai * br; };
  static final Op MULTIPLY_REAL = (ar, ai, br, bi, o) -> { o[0] = ar * br; o[1] = 0; };

  private Broadcast() {}

  /** {@code op(a, b)} with numpy broadcasting; a CommandException when the shapes do not broadcast. */
  static NdArray apply(NdArray a, NdArray b, Op op) {
    int nd = Math.max(a.ndim(), b.ndim());
    if (nd > 2) throw new CommandException("arrays of more than 2 dimensions are not supported");
    int[] sa = padded(a.shape(), nd);
    int[] sb = padded(b.shape(), nd);
    int[] s = new int[nd];
    for (int d = 0; d < nd; d++) {
      if (sa[d] != sb[d] && sa[d] != 1 && sb[d] != 1) {
        throw new CommandException("operands could not be broadcast together with shapes "
            + a.shapeString() + " " + b.shapeString());
      }
      s[d] = sa[d] == 1 ? sb[d] : sa[d];
    }
    int rows = nd == 2 ? s[0] : 1;
    int cols = nd == 0 ? 1 : s[nd - 1];
    DType t = DType.promote(a.dtype(), b.dtype());
    boolean complex = t.isComplex();
    Op f = complex ? op : (op == MULTIPLY ? MULTIPLY_REAL : op);
    double[] re = new double[rows * cols];
    double[] im = complex ? new double[rows * cols] : null;
    double[] o = new double[2];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int ka = index(sa, i, j);
        int kb = index(sb, i, j);
        f.apply(a.re(ka), a.im(ka), b.re(kb), b.im(kb), o);
        re[i * cols + j] = o[0];
        if (im != null) im[i * cols + j] = o[1];
      }
    }
    return NdArray.wrap(t, s, re, im);
  }

  private static int[] padded(int[] shape, int nd) {
    int[] p = new int[nd];
    java.util.Arrays.fill(p, 1);
    System.arraycopy(shape, 0, p, nd - shape.length, shape.length);
    return p;
  }

  private static int index(int[] s, int i, int j) {
    if (s.length == 0) return 0;
    if (s.length == 1) return s[0] == 1 ? 0 : j;
    return (s[0] == 1 ? 0 : i) * s[1] + (s[1] == 1 ? 0 : j);
  }
}

package dev.fathom.dsp.iir;

import java.util.function.UnaryOperator;

/** Zeros, poles and gain of a filter (analog or digital) during design. */
record Zpk(Complex[] z, Complex[] p, double k) {
  /** Relative degree {@code len(p) − len(z)}. */
  int degree() {
    return p.length - z.length;
  }

  /** {@code prod(f(x) for x in xs)}, multiplied left to right as numpy.prod. */
  static Complex prod(Complex[] xs, UnaryOperator<Complex> f) {
    Complex acc = Complex.ONE;
    for (Complex x : xs) {
      acc = acc.times(f.apply(x));
    }
    return acc;
  }

  /** {@code xs} followed by {@code count} copies of {@code value}. */
  static Complex[] append(Complex[] xs, Complex value, int count) {
    Complex[] out = java.util.Arrays.copyOf(xs, xs.length + count);
    java.util.Arrays.fill(out, xs.length, out.length, value);
    return out;
  }
}

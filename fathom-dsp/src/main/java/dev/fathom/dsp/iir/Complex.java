package dev.fathom.dsp.iir;

/** Minimal immutable complex number for filter design (roots, gains). */
record Complex(double re, double im) {
  static final Complex ZERO = new Complex(0, 0);
  static final Complex ONE = new Complex(1, 0);

  static Complex real(double re) {
    return new Complex(re, 0);
  }

  Complex plus(Complex o) {
    return new Complex(re + o.re, im + o.im);
  }

  Complex minus(Complex o) {
    return new Complex(re - o.re, im - o.im);
  }

  Complex times(Complex o) {
    return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
  }

  Complex times(double s) {
    return new Complex(re * s, im * s);
  }

  /** Division as numpy's complex128 (Smith's algorithm, as in npymath). */
  Complex div(Complex o) {
    double ar = Math.abs(o.re);
    double ai = Math.abs(o.im);
    if (ar >= ai) {
      if (ar == 0 && ai == 0) {
        return new Complex(re / ar, im / ai);
      }
      double rat = o.im / o.re;
      double scl = 1.0 / (o.re + o.im * rat);
      return new Complex((re + im * rat) * scl, (im - re * rat) * scl);
    }
    double rat = o.re / o.im;
    double scl = 1.0 / (o.im + o.re * rat);
    return new Complex((re * rat + im) * scl, (im * rat - re) * scl);
  }

  Complex negate() {
    return new Complex(-re, -im);
  }

  Complex conj() {
    return new Complex(re, -im);
  }

  double abs() {
    return Math.hypot(re, im);
  }

  boolean isReal() {
    return im == 0;
  }

  /** Principal square root (branch cut on the negative real axis, as numpy.sqrt). */
  Complex sqrt() {
    if (re == 0 && im == 0) {
      return new Complex(0, im);
    }
    double t = Math.sqrt((Math.abs(re) + abs()) / 2);
    if (re >= 0) {
      return new Complex(t, im / (2 * t));
    }
    return new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
  }

  /** {@code exp(i·theta)}. */
  static Complex expi(double theta) {
    return new Complex(Math.cos(theta), Math.sin(theta));
  }
}

package dev.fathom.dsp.iir;

/**
 * The zpk steps of {@code scipy.signal.iirfilter} (scipy 1.17 {@code _filter_design.py}): analog
 * frequency transformations of a low-pass prototype, the bilinear transform and {@code zpk2tf}.
 */
final class ZpkTransforms {
  private ZpkTransforms() {}

  /** {@code lp2lp_zpk}: scale by {@code wo} (rad/s); gain {@code k·wo^degree}. */
  static Zpk lowpass(Zpk f, double wo) {
    return new Zpk(scale(f.z(), wo), scale(f.p(), wo), f.k() * Math.pow(wo, f.degree()));
  }

  /** {@code lp2hp_zpk}: {@code wo/z}, {@code wo/p}, zeros at 0 for the degree. */
  static Zpk highpass(Zpk f, double wo) {
    Complex w = Complex.real(wo);
    Complex[] z = Zpk.append(invert(f.z(), w), Complex.ZERO, f.degree());
    double k = f.k() * Zpk.prod(f.z(), Complex::negate).div(Zpk.prod(f.p(), Complex::negate)).re();
    return new Zpk(z, invert(f.p(), w), k);
  }

  /** {@code lp2bp_zpk} with centre {@code wo} and bandwidth {@code bw} (rad/s). */
  static Zpk bandpass(Zpk f, double wo, double bw) {
    Complex[] z = Zpk.append(split(scale(f.z(), bw / 2), wo), Complex.ZERO, f.degree());
    Complex[] p = split(scale(f.p(), bw / 2), wo);
    return new Zpk(z, p, f.k() * Math.pow(bw, f.degree()));
  }

  /** {@code lp2bs_zpk} with centre {@code wo} and bandwidth {@code bw} (rad/s). */
  static Zpk bandstop(Zpk f, double wo, double bw) {
    Complex half = Complex.real(bw / 2);
    Complex[] z = split(invert(f.z(), half), wo);
    z = Zpk.append(z, new Complex(0, wo), f.degree());
    z = Zpk.append(z, new Complex(0, -wo), f.degree());
    Complex[] p = split(invert(f.p(), half), wo);
    double k = f.k() * Zpk.prod(f.z(), Complex::negate).div(Zpk.prod(f.p(), Complex::negate)).re();
    return new Zpk(z, p, k);
  }

  /**
   * {@code bilinear_zpk(z, p, k, fs)}: {@code (2fs + s)/(2fs − s)}, missing zeros at −1, gain
   * {@code k·real(prod(2fs − z)/prod(2fs − p))}.
   */
  static Zpk bilinear(Zpk f, double fs) {
    Complex fs2 = Complex.real(2 * fs);
    Complex[] z = new Complex[f.z().length];
    for (int i = 0; i < z.length; i++) {
      z[i] = fs2.plus(f.z()[i]).div(fs2.minus(f.z()[i]));
    }
    Complex[] p = new Complex[f.p().length];
    for (int i = 0; i < p.length; i++) {
      p[i] = fs2.plus(f.p()[i]).div(fs2.minus(f.p()[i]));
    }
    double k =
        f.k() * Zpk.prod(f.z(), fs2::minus).div(Zpk.prod(f.p(), fs2::minus)).re();
    return new Zpk(Zpk.append(z, Complex.real(-1), f.degree()), p, k);
  }

  /** {@code zpk2tf}: {@code b = k·poly(z)}, {@code a = poly(p)} (real parts). */
  static TransferFunction toTransferFunction(Zpk f) {
    double[] b = poly(f.z());
    for (int i = 0; i < b.length; i++) {
      b[i] *= f.k();
    }
    return new TransferFunction(b, poly(f.p()));
  }

  /**
   * {@code numpy.poly(roots)}: successive convolution with {@code [1, −root]}, real part of the
   * result (the roots of a real filter come in conjugate pairs).
   */
  static double[] poly(Complex[] roots) {
    Complex[] c = {Complex.ONE};
    for (Complex r : roots) {
      Complex[] next = new Complex[c.length + 1];
      Complex minus = r.negate();
      for (int i = 0; i < next.length; i++) {
        Complex left = i < c.length ? c[i] : Complex.ZERO;
        Complex right = i > 0 ? c[i - 1].times(minus) : Complex.ZERO;
        next[i] = left.plus(right);
      }
      c = next;
    }
    double[] out = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = c[i].re();
    }
    return out;
  }

  private static Complex[] scale(Complex[] xs, double s) {
    Complex[] out = new Complex[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i].times(s);
    }
    return out;
  }

  private static Complex[] invert(Complex[] xs, Complex numerator) {
    Complex[] out = new Complex[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = numerator.div(xs[i]);
    }
    return out;
  }

  /** {@code concat(x + sqrt(x² − wo²), x − sqrt(x² − wo²))}. */
  private static Complex[] split(Complex[] xs, double wo) {
    Complex[] out = new Complex[2 * xs.length];
    Complex wo2 = Complex.real(wo * wo);
    for (int i = 0; i < xs.length; i++) {
      Complex root = xs[i].times(xs[i]).minus(wo2).sqrt();
      out[i] = xs[i].plus(root);
      out[xs.length + i] = xs[i].minus(root);
    }
    return out;
  }
}

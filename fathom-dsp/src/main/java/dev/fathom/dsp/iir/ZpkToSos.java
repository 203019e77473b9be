package dev.fathom.dsp.iir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code scipy.signal.zpk2sos(z, p, k, pairing='nearest')} for digital filters (scipy 1.17): poles
 * closest to the unit circle go to the last section, each pole (pair) is paired with the nearest
 * zero (pair), the gain goes into the first section. Ported step by step, including {@code
 * _cplxreal} (which keeps one member of each conjugate pair) and the two special cases of the
 * pairing loop.
 */
final class ZpkToSos {
  private ZpkToSos() {}

  static double[][] convert(Zpk f) {
    List<Complex> z = new ArrayList<>(Arrays.asList(f.z()));
    List<Complex> p = new ArrayList<>(Arrays.asList(f.p()));
    if (z.isEmpty() && p.isEmpty()) {
      return new double[][] {{f.k(), 0, 0, 1, 0, 0}};
    }
    while (p.size() < z.size()) {
      p.add(Complex.ZERO);
    }
    while (z.size() < p.size()) {
      z.add(Complex.ZERO);
    }
    int sections = (p.size() + 1) / 2;
    if (p.size() % 2 == 1) {
      p.add(Complex.ZERO);
      z.add(Complex.ZERO);
    }
    z = cplxreal(z);
    p = cplxreal(p);
    double[][] sos = new double[sections][];
    for (int si = sections - 1; si >= 0; si--) {
      Complex p1 = p.remove(worst(p, all(p)));
      if (p1.isReal() && count(p, true) == 0) {
        // special case (1): last remaining real pole
        Complex z1 = z.remove(nearest(z, p1, Which.REAL));
        sos[si] = single(new Complex[] {z1, Complex.ZERO}, new Complex[] {p1, Complex.ZERO});
      } else if (p.size() + 1 == z.size()
          && !p1.isReal()
          && count(p, true) == 1
          && count(z, true) == 1) {
        // special case (2): one real pole and one real zero left; pair with a complex zero
        Complex z1 = z.remove(nearest(z, p1, Which.COMPLEX));
        sos[si] = single(new Complex[] {z1, z1.conj()}, new Complex[] {p1, p1.conj()});
      } else {
        Complex p2;
        if (p1.isReal()) {
          p2 = p.remove(worst(p, realIndices(p)));
        } else {
          p2 = p1.conj();
        }
        if (!z.isEmpty()) {
          Complex z1 = z.remove(nearest(z, p1, Which.ANY));
          if (!z1.isReal()) {
            sos[si] = single(new Complex[] {z1, z1.conj()}, new Complex[] {p1, p2});
          } else if (!z.isEmpty()) {
            Complex z2 = z.remove(nearest(z, p1, Which.REAL));
            sos[si] = single(new Complex[] {z1, z2}, new Complex[] {p1, p2});
          } else {
            sos[si] = single(new Complex[] {z1}, new Complex[] {p1, p2});
          }
        } else {
          sos[si] = single(new Complex[0], new Complex[] {p1, p2});
        }
      }
    }
    for (int j = 0; j < 3; j++) {
      sos[0][j] *= f.k();
    }
    return sos;
  }

  private enum Which {
    REAL,
    COMPLEX,
    ANY
  }

  /** {@code _single_zpksos}: zpk2tf with gain 1, right-aligned into {@code [b0 b1 b2 a0 a1 a2]}. */
  private static double[] single(Complex[] z, Complex[] p) {
    double[] b = ZpkTransforms.poly(z);
    double[] a = ZpkTransforms.poly(p);
    double[] s = new double[6];
    System.arraycopy(b, 0, s, 3 - b.length, b.length);
    System.arraycopy(a, 0, s, 6 - a.length, a.length);
    return s;
  }

  /** Index (into {@code xs}) of the candidate closest to the unit circle; first on ties. */
  private static int worst(List<Complex> xs, int[] candidates) {
    int best = candidates[0];
    double bestD = Math.abs(1 - xs.get(best).abs());
    for (int c : candidates) {
      double d = Math.abs(1 - xs.get(c).abs());
      if (d < bestD) {
        best = c;
        bestD = d;
      }
    }
    return best;
  }

  private static int[] all(List<Complex> xs) {
    int[] idx = new int[xs.size()];
    Arrays.setAll(idx, i -> i);
    return idx;
  }

  private static int[] realIndices(List<Complex> xs) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      if (xs.get(i).isReal()) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int count(List<Complex> xs, boolean real) {
    int n = 0;
    for (Complex x : xs) {
      if (x.isReal() == real) {
        n++;
      }
    }
    return n;
  }

  /** {@code _nearest_real_complex_idx}: nearest to {@code to} among the requested kind. */
  private static int nearest(List<Complex> from, Complex to, Which which) {
    Integer[] order = new Integer[from.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> from.get(i).minus(to).abs()));
    for (int i : order) {
      boolean real = from.get(i).isReal();
      if (which == Which.ANY || (which == Which.REAL) == real) {
        return i;
      }
    }
    throw new IllegalStateException("no " + which + " root left to pair with " + to);
  }

  /**
   * {@code _cplxreal}: complex roots (one per conjugate pair, the one with positive imaginary part,
   * averaged with its partner) sorted by real part, followed by the real roots.
   */
  static List<Complex> cplxreal(List<Complex> zs) {
    if (zs.isEmpty()) {
      return new ArrayList<>();
    }
    double tol = 100 * Math.ulp(1.0);
    List<Complex> sorted = new ArrayList<>(zs);
    sorted.sort(Comparator.comparingDouble(Complex::re).thenComparingDouble(c -> Math.abs(c.im())));
    List<Complex> real = new ArrayList<>();
    List<Complex> pos = new ArrayList<>();
    List<Complex> neg = new ArrayList<>();
    for (Complex c : sorted) {
      if (Math.abs(c.im()) <= tol * c.abs()) {
        real.add(Complex.real(c.re()));
      } else if (c.im() > 0) {
        pos.add(c);
      } else {
        neg.add(c);
      }
    }
    if (pos.size() != neg.size()) {
      throw new IllegalArgumentException("array contains complex value with no matching conjugate");
    }
    sortRunsByImag(pos, tol);
    sortRunsByImag(neg, tol);
    List<Complex> out = new ArrayList<>();
    for (int i = 0; i < pos.size(); i++) {
      Complex zp = pos.get(i);
      Complex zn = neg.get(i);
      if (zp.minus(zn.conj()).abs() > tol * zn.abs()) {
        throw new IllegalArgumentException(
            "array contains complex value with no matching conjugate");
      }
      out.add(zp.plus(zn.conj()).times(0.5));
    }
    out.addAll(real);
    return out;
  }

  /** Within runs of (nearly) equal real part, sorts by {@code |imag|} (stable). */
  private static void sortRunsByImag(List<Complex> zs, double tol) {
    int start = 0;
    while (start < zs.size()) {
      int stop = start + 1;
      while (stop < zs.size()
          && zs.get(stop).re() - zs.get(stop - 1).re() <= tol * zs.get(stop - 1).abs()) {
        stop++;
      }
      zs.subList(start, stop).sort(Comparator.comparingDouble(c -> Math.abs(c.im())));
      start = stop;
    }
  }
}

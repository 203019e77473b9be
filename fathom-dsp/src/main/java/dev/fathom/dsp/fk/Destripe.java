package dev.fathom.dsp.fk;

import dev.fathom.dsp.ComplexArrays;
import dev.fathom.dsp.fft.Fft;

/**
 * distpy's {@code destripe} (spec §2.4.7; after Bouali 2010, "A simple and robust destriping
 * algorithm for imaging spectrometers", ASPRS): {@code real(ifft2(fft2(x)·R))} with {@code R =
 * k²/(f² + k² + 1e-6)}, floored at 1e-6, on distpy's mirrored unit axes ({@code f, k ∈ [0,
 * 0.5]}), which removes stripes constant along axis 0 (vertical lines). For axis 1 the transpose is
 * filtered.
 */
public final class Destripe {
  private static final double TOLERANCE = 1.0e-6;

  private Destripe() {}

  public static double[][] apply(double[][] x, int axis, int threads) {
    if (dev.fathom.dsp.Axes.normalise(axis) != 0) {
      return ComplexArrays.transpose(apply(ComplexArrays.transpose(x), 0, threads));
    }
    int nx = x.length;
    int nt = dev.fathom.dsp.Axes.checkRectangular(x);
    double[] f = Linspace.mirrored(nt, 0.5);
    double[] k = Linspace.mirrored(nx, 0.5);
    double[][] z = Fft.fft2(ComplexArrays.fromReal(x), threads);
    for (int i = 0; i < nx; i++) {
      double k2 = k[i] * k[i];
      for (int j = 0; j < nt; j++) {
        double r = k2 / ((f[j] * f[j]) + k2 + TOLERANCE);
        if (r < TOLERANCE) {
          r = TOLERANCE;
        }
        z[i][2 * j] *= r;
        z[i][2 * j + 1] *= r;
      }
    }
    return ComplexArrays.real(Fft.ifft2(z, threads));
  }
}

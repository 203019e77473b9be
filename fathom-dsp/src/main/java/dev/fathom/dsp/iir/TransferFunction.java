package dev.fathom.dsp.iir;

/**
 * Digital filter {@code H(z) = B(z)/A(z)} as polynomial coefficients in decreasing powers of z
 * (scipy's {@code output='ba'}).
 *
 * @param b numerator coefficients
 * @param a denominator coefficients, {@code a[0] != 0}
 */
public record TransferFunction(double[] b, double[] a) {
  public TransferFunction {
    if (b.length == 0 || a.length == 0) {
      throw new IllegalArgumentException("empty filter coefficients");
    }
    b = b.clone();
    a = a.clone();
  }

  @Override
  public double[] b() {
    return b.clone();
  }

  @Override
  public double[] a() {
    return a.clone();
  }
}

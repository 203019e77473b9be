package dev.fathom.dsp.fft;

import dev.fathom.dsp.Axes;
import dev.fathom.dsp.Parallel;

/**
 * Discrete Fourier transforms with {@code numpy.fft} semantics (numpy 2.x): forward {@code X[k] =
 * Σ_n x[n]·exp(−2πi·kn/N)}, inverse with the {@code 1/N} factor under the default {@link
 * FftNorm#BACKWARD}, full complex spectra in numpy order {@code 0, 1, …, −1} (see {@link FftFreq}).
 * Any length is supported; lengths with large prime factors use Bluestein's algorithm (JTransforms
 * 3.2), so they stay {@code O(n log n)}.
 *
 * <p>Complex data are interleaved ({@code re = z[2k], im = z[2k+1]}); 2-D arrays are {@code
 * [nx][nt]} real or {@code [nx][2nt]} complex, transformed along axis 0 (down the channels, the
 * wavenumber transform) or axis 1 (along time). Inputs are never modified.
 *
 * <p>All arithmetic is float64: for float32 input this equals numpy 1.x; numpy ≥ 2 transforms
 * float32 in single precision (≈1e-7 relative difference, spec §5).
 */
public final class Fft {
  private Fft() {}

  // ---------------------------------------------------------------- 1-D

  /** {@code numpy.fft.fft} of an interleaved complex row. */
  public static double[] fft(double[] z) {
    return fft(z, FftNorm.BACKWARD);
  }

  /** {@code numpy.fft.fft(z, norm=norm)} of an interleaved complex row. */
  public static double[] fft(double[] z, FftNorm norm) {
    double[] out = z.clone();
    complexInPlace(out, false, norm);
    return out;
  }

  /** {@code numpy.fft.ifft} of an interleaved complex row. */
  public static double[] ifft(double[] z) {
    return ifft(z, FftNorm.BACKWARD);
  }

  /** {@code numpy.fft.ifft(z, norm=norm)} of an interleaved complex row. */
  public static double[] ifft(double[] z, FftNorm norm) {
    double[] out = z.clone();
    complexInPlace(out, true, norm);
    return out;
  }

  /** {@code numpy.fft.fft} of a real row: the full (Hermitian) complex spectrum, interleaved. */
  public static double[] fftOfReal(double[] x) {
    double[] out = new double[2 * x.length];
    realFullInto(x, out, FftNorm.BACKWARD);
    return out;
  }

  /** {@code numpy.fft.rfft}: bins {@code 0 … n/2} of a real row, interleaved complex. */
  public static double[] rfft(double[] x) {
    int n = x.length;
    double[] full = fftOfReal(x);
    double[] out = new double[2 * (n / 2 + 1)];
    System.arraycopy(full, 0, out, 0, out.length);
    return out;
  }

  /**
   * {@code numpy.fft.irfft(z, n)}: the real row of length {@code n} whose rfft is {@code z}
   * (interleaved, {@code n/2+1} bins used; missing bins are zero, imaginary parts of DC and, for
   * even {@code n}, Nyquist are ignored as in numpy).
   */
  public static double[] irfft(double[] z, int n) {
    double[] full = new double[2 * n];
    int bins = Math.min(z.length / 2, n / 2 + 1);
    for (int k = 0; k < bins; k++) {
      full[2 * k] = z[2 * k];
      full[2 * k + 1] = z[2 * k + 1];
      if (k > 0 && n - k != k) {
        full[2 * (n - k)] = z[2 * k];
        full[2 * (n - k) + 1] = -z[2 * k + 1];
      }
    }
    full[1] = 0;
    if (n % 2 == 0 && bins > n / 2) {
      full[n + 1] = 0;
    }
    complexInPlace(full, true, FftNorm.BACKWARD);
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      out[k] = full[2 * k];
    }
    return out;
  }

  // ---------------------------------------------------------------- 2-D

  /** {@code numpy.fft.fft(z, axis=axis)} of interleaved complex rows, default threads. */
  public static double[][] fft(double[][] z, int axis) {
    return fft(z, axis, FftNorm.BACKWARD, Parallel.defaultThreads());
  }

  /** {@code numpy.fft.ifft(z, axis=axis)} of interleaved complex rows, default threads. */
  public static double[][] ifft(double[][] z, int axis) {
    return ifft(z, axis, FftNorm.BACKWARD, Parallel.defaultThreads());
  }

  /** {@code numpy.fft.fft(z, axis=axis, norm=norm)} of interleaved complex rows {@code [nx][2nt]}. */
  public static double[][] fft(double[][] z, int axis, FftNorm norm, int threads) {
    return complex2d(z, axis, false, norm, threads);
  }

  /** {@code numpy.fft.ifft(z, axis=axis, norm=norm)} of interleaved complex rows {@code [nx][2nt]}. */
  public static double[][] ifft(double[][] z, int axis, FftNorm norm, int threads) {
    return complex2d(z, axis, true, norm, threads);
  }

  /** {@code numpy.fft.fft(x, axis=axis)} of real rows {@code [nx][nt]}: complex {@code [nx][2nt]}. */
  public static double[][] fftOfReal(double[][] x, int axis) {
    return fftOfReal(x, axis, FftNorm.BACKWARD, Parallel.defaultThreads());
  }

  /** {@code numpy.fft.fft(x, axis=axis, norm=norm)} of real rows: complex {@code [nx][2nt]}. */
  public static double[][] fftOfReal(double[][] x, int axis, FftNorm norm, int threads) {
    return fftOfReal(x.length, RowSource.of(x), axis, norm, threads);
  }

  /** {@code numpy.fft.fft(x, axis=axis, norm=norm)} of float32 rows, computed in float64. */
  public static double[][] fftOfReal(float[][] x, int axis, FftNorm norm, int threads) {
    return fftOfReal(x.length, RowSource.of(x), axis, norm, threads);
  }

  /** {@code numpy.fft.fft2}: axis 1 then axis 0, of interleaved complex rows. */
  public static double[][] fft2(double[][] z, int threads) {
    return fft(fft(z, 1, FftNorm.BACKWARD, threads), 0, FftNorm.BACKWARD, threads);
  }

  /** {@code numpy.fft.ifft2}: inverse along axis 1 then axis 0, of interleaved complex rows. */
  public static double[][] ifft2(double[][] z, int threads) {
    return ifft(ifft(z, 1, FftNorm.BACKWARD, threads), 0, FftNorm.BACKWARD, threads);
  }

  private static double[][] fftOfReal(
      int nx, RowSource src, int axis, FftNorm norm, int threads) {
    double[][] out = new double[nx][];
    if (Axes.normalise(axis) == 1) {
      Parallel.forRange(
          nx,
          threads,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              double[] row = src.row(i);
              out[i] = new double[2 * row.length];
              realFullInto(row, out[i], norm);
            }
          });
      return out;
    }
    for (int i = 0; i < nx; i++) {
      double[] row = src.row(i);
      out[i] = new double[2 * row.length];
      for (int k = 0; k < row.length; k++) {
        out[i][2 * k] = row[k];
      }
    }
    columnsInPlace(out, false, norm, threads);
    return out;
  }

  private static double[][] complex2d(
      double[][] z, int axis, boolean inverse, FftNorm norm, int threads) {
    int width = Axes.checkRectangular(z);
    if (width % 2 != 0) {
      throw new IllegalArgumentException("interleaved complex rows need an even length: " + width);
    }
    double[][] out = new double[z.length][];
    if (Axes.normalise(axis) == 1) {
      Parallel.forRange(
          z.length,
          threads,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              out[i] = z[i].clone();
              complexInPlace(out[i], inverse, norm);
            }
          });
      return out;
    }
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i].clone();
    }
    columnsInPlace(out, inverse, norm, threads);
    return out;
  }

  /** Transforms every complex column of {@code z} in place, columns split over threads. */
  private static void columnsInPlace(double[][] z, boolean inverse, FftNorm norm, int threads) {
    int nx = z.length;
    if (nx == 0) {
      return;
    }
    int cols = z[0].length / 2;
    Parallel.forRange(
        cols,
        threads,
        (from, to) -> {
          double[] buf = new double[2 * nx];
          for (int j = from; j < to; j++) {
            for (int i = 0; i < nx; i++) {
              buf[2 * i] = z[i][2 * j];
              buf[2 * i + 1] = z[i][2 * j + 1];
            }
            complexInPlace(buf, inverse, norm);
            for (int i = 0; i < nx; i++) {
              z[i][2 * j] = buf[2 * i];
              z[i][2 * j + 1] = buf[2 * i + 1];
            }
          }
        });
  }

  /** Unscaled JTransforms transform followed by the norm's factor. */
  static void complexInPlace(double[] z, boolean inverse, FftNorm norm) {
    int n = z.length / 2;
    if (n == 0) {
      throw new IllegalArgumentException("FFT of an empty row");
    }
    if (inverse) {
      FftPlans.plan(n).complexInverse(z, false);
    } else {
      FftPlans.plan(n).complexForward(z);
    }
    scale(z, norm.scale(n, inverse));
  }

  /** Full complex spectrum of real {@code x} into {@code out} (length {@code 2n}). */
  static void realFullInto(double[] x, double[] out, FftNorm norm) {
    int n = x.length;
    if (n == 0) {
      throw new IllegalArgumentException("FFT of an empty row");
    }
    System.arraycopy(x, 0, out, 0, n);
    FftPlans.plan(n).realForwardFull(out);
    scale(out, norm.scale(n, false));
  }

  private static void scale(double[] z, double s) {
    if (s != 1.0) {
      for (int k = 0; k < z.length; k++) {
        z[k] *= s;
      }
    }
  }
}

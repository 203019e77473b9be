package dev.fathom.dsp;

/**
 * Conversions between real and interleaved complex arrays (module convention: {@code re(k) =
 * z[2k]}, {@code im(k) = z[2k+1]}) and the element-wise helpers kernels share.
 */
public final class ComplexArrays {
  private ComplexArrays() {}

  /** Interleaved complex row with zero imaginary parts. */
  public static double[] fromReal(double[] x) {
    double[] z = new double[2 * x.length];
    for (int k = 0; k < x.length; k++) {
      z[2 * k] = x[k];
    }
    return z;
  }

  /** Interleaved complex rows {@code [nx][2nt]} with zero imaginary parts. */
  public static double[][] fromReal(double[][] x) {
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      z[i] = fromReal(x[i]);
    }
    return z;
  }

  /** Interleaved complex rows from separate real and imaginary parts of equal shape. */
  public static double[][] fromParts(double[][] re, double[][] im) {
    double[][] z = new double[re.length][];
    for (int i = 0; i < re.length; i++) {
      z[i] = new double[2 * re[i].length];
      for (int k = 0; k < re[i].length; k++) {
        z[i][2 * k] = re[i][k];
        z[i][2 * k + 1] = im[i][k];
      }
    }
    return z;
  }

  /** Real parts of interleaved complex rows ({@code numpy.real}). */
  public static double[][] real(double[][] z) {
    return part(z, 0);
  }

  /** Imaginary parts of interleaved complex rows ({@code numpy.imag}). */
  public static double[][] imag(double[][] z) {
    return part(z, 1);
  }

  private static double[][] part(double[][] z, int offset) {
    double[][] out = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      int n = z[i].length / 2;
      out[i] = new double[n];
      for (int k = 0; k < n; k++) {
        out[i][k] = z[i][2 * k + offset];
      }
    }
    return out;
  }

  /** Deep copy of a 2-D array (real or interleaved complex). */
  public static double[][] copy(double[][] x) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i].clone();
    }
    return out;
  }

  /** Widens float32 rows to float64 (exact). */
  public static double[][] toDouble(float[][] x) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = new double[x[i].length];
      for (int k = 0; k < x[i].length; k++) {
        out[i][k] = x[i][k];
      }
    }
    return out;
  }

  /**
   * Transpose of a rectangular array of complex elements: {@code out[j][i] = x[i][j]}, where each
   * element is {@code width} consecutive doubles (1 for real data, 2 for interleaved complex).
   */
  public static double[][] transpose(double[][] x, int width) {
    int rows = x.length;
    int cols = rows == 0 ? 0 : x[0].length / width;
    double[][] out = new double[cols][rows * width];
    for (int i = 0; i < rows; i++) {
      double[] row = x[i];
      for (int j = 0; j < cols; j++) {
        for (int w = 0; w < width; w++) {
          out[j][i * width + w] = row[j * width + w];
        }
      }
    }
    return out;
  }

  /** Transpose of a rectangular real array. */
  public static double[][] transpose(double[][] x) {
    return transpose(x, 1);
  }
}

package dev.fathom.dsp.iir;

/** Dense {@code A·x = b} by LU with partial pivoting (LAPACK {@code gesv}'s algorithm), small n. */
final class LinearSolve {
  private LinearSolve() {}

  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    double[] x = b.clone();
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
          piv = r;
        }
      }
      if (m[piv][col] == 0) {
        throw new IllegalArgumentException("singular matrix in lfilter_zi");
      }
      double[] tr = m[col];
      m[col] = m[piv];
      m[piv] = tr;
      double tb = x[col];
      x[col] = x[piv];
      x[piv] = tb;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c < n; c++) {
          m[r][c] -= f * m[col][c];
        }
        x[r] -= f * x[col];
      }
    }
    for (int r = n - 1; r >= 0; r--) {
      double s = x[r];
      for (int c = r + 1; c < n; c++) {
        s -= m[r][c] * x[c];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}

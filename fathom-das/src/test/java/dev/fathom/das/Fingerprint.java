package dev.fathom.das;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The reference JSONs' data fingerprint of a patch (their definition: on the data as float64 in
 * dims order; sum and abs_sum correctly rounded like {@code math.fsum}; sha256 of the C-order
 * little-endian bytes in the patch's dtype).
 */
record Fingerprint(double sum, double absSum, double min, double max, double[] firstRow5, double[] lastRow5,
    double[] firstCol5, String sha256) {

  static Fingerprint of(DasPatch p) {
    DasArray a = p.data();
    long[] shape = p.info().shape();
    int rows = (int) shape[0];
    int cols = (int) shape[1];
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal abs = BigDecimal.ZERO;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean nan = false;
    for (int i = 0; i < a.length(); i++) {
      double v = a.get(i);
      if (!Double.isFinite(v)) {
        nan = true;
        if (Double.isNaN(v)) continue; // numpy's nanmin/nanmax, as the reference's min/max
      }
      if (nan) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        continue;
      }
      sum = sum.add(new BigDecimal(v));
      abs = abs.add(new BigDecimal(Math.abs(v)));
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] first = new double[Math.min(5, cols)];
    double[] last = new double[Math.min(5, cols)];
    double[] col = new double[Math.min(5, rows)];
    for (int j = 0; j < first.length; j++) {
      first[j] = a.get(j);
      last[j] = a.get((rows - 1) * cols + j);
    }
    for (int i = 0; i < col.length; i++) col[i] = a.get(i * cols);
    String sha;
    try {
      sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(a.littleEndianBytes()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return new Fingerprint(nan ? Double.NaN : sum.doubleValue(), nan ? Double.NaN : abs.doubleValue(), min, max, first, last, col, sha);
  }
}

package dev.fathom.das.format;

import java.util.Arrays;

/**
 * Which rows of each stored Febus block are kept: the middle {@code keptRows} rows starting at
 * {@code firstRow}; the overlap with the neighbouring blocks is dropped, half at each end (the odd
 * row at the end), as Febus' own library and DASCore ({@code a1utils._get_zone_time}) do.
 *
 * <p>The number of new rows per block is the block period over the time step. The period is
 * {@code BlockRate}/1000 s when given, else the mean spacing of the block time stamps (Tukey-fenced
 * against outliers); only when neither exists (a one-block file without BlockRate) is the overlap
 * percentage used ({@code BlockOverlap}/{@code Overlap}); with none of these every row is kept.
 * DASCore instead uses the overlap percentage, defaulting to 100 %, whenever {@code Extent[2]} is
 * 0; for files whose blocks do not overlap (v1 files such as DASCore's valencia example: 250 rows
 * at 4 ms, blocks 1 s apart) it drops half of every block and mislabels the time of the rest.
 */
record FebusBlocks(int firstRow, int keptRows, String reason) {

  /**
   * @param blocks number of blocks
   * @param storedRows rows per block in the dataset
   * @param padRows rows per block the metadata declares (1 + Extent[3] − Extent[2] when versioned)
   * @param dt time step, s
   * @param blockPeriod BlockRate/1000 in s, or NaN
   * @param stamps block time stamps (epoch s)
   * @param overlapPercent BlockOverlap/Overlap attribute, or NaN
   */
  static FebusBlocks plan(int blocks, int storedRows, int padRows, double dt, double blockPeriod, double[] stamps, double overlapPercent) {
    int pad = Math.min(padRows, storedRows);
    double period = blockPeriod;
    String why = "BlockRate";
    if (!(period > 0) && stamps.length >= 2) {
      period = fencedMeanSpacing(stamps);
      why = "block time stamps";
    }
    int noPad;
    if (period > 0) {
      noPad = (int) Math.round(period / dt);
      why = "block period " + period + " s (" + why + ") / dt " + dt + " s";
    } else if (overlapPercent >= 0) {
      noPad = (int) Math.round(pad / (1 + overlapPercent / 100));
      why = "overlap " + overlapPercent + " %";
    } else {
      noPad = pad;
      why = "one block, no BlockRate or overlap: all rows";
    }
    noPad = Math.max(1, Math.min(pad, noPad));
    int remove = pad - noPad;
    return new FebusBlocks(remove / 2, noPad, why);
  }

  /** Mean of the stamp differences inside Tukey's fences (q1 − 1.5 iqr, q3 + 1.5 iqr). */
  static double fencedMeanSpacing(double[] t) {
    double[] d = new double[t.length - 1];
    for (int i = 1; i < t.length; i++) d[i - 1] = t[i] - t[i - 1];
    double[] s = d.clone();
    Arrays.sort(s);
    double q1 = quantile(s, 0.25);
    double q3 = quantile(s, 0.75);
    double lo = q1 - 1.5 * (q3 - q1);
    double hi = q3 + 1.5 * (q3 - q1);
    double sum = 0;
    int n = 0;
    for (double x : d) {
      if (x >= lo && x <= hi) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** numpy's default (linear) quantile of sorted values. */
  private static double quantile(double[] s, double q) {
    double pos = q * (s.length - 1);
    int i = (int) Math.floor(pos);
    return i + 1 < s.length ? s[i] + (pos - i) * (s[i + 1] - s[i]) : s[i];
  }
}

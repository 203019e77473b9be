package dev.fathom.graph.commands;

import dev.fathom.dsp.stats.Moments;

/**
 * distpy {@code kurtosis} and {@code skewness}: {@code scipy.stats.kurtosis(in, axis,
 * bias=False, nan_policy='omit')} (Fisher) and {@code scipy.stats.skew(in, axis, bias=False,
 * nan_policy='omit')}, one value per lane, 1-D result (specs/distpy.md §2.5.14), by fathom-dsp's
 * {@link Moments}.
 */
final class SkewKurtosis extends LaneReduction {
  private final boolean kurtosis;

  SkewKurtosis(boolean kurtosis) {
    super(kurtosis ? "kurtosis" : "skewness",
        kurtosis ? "Fisher kurtosis per lane, unbiased (scipy.stats.kurtosis bias=False)"
            : "skewness per lane, unbiased (scipy.stats.skew bias=False)",
        1, false);
    this.kurtosis = kurtosis;
  }

  @Override
  double[] reduce(double[][] rows, int axis) {
    return kurtosis ? Moments.kurtosis(rows, axis) : Moments.skew(rows, axis);
  }
}

package dev.fathom.graph.commands;

import dev.fathom.dsp.stats.Moments;

/**
 * distpy {@code geometric_mean} ({@code scipy.stats.gmean = exp(mean(log a))}) and
 * {@code harmonic_mean} ({@code scipy.stats.hmean = 1/mean(1/a)}), one value per lane, 1-D
 * result, by fathom-dsp's {@link Moments}. Negative values give NaN (scipy 1.17; scipy 1.10
 * raised ValueError for hmean); a zero gives 0.
 */
final class PowerMean extends LaneReduction {
  private final boolean geometric;

  PowerMean(boolean geometric) {
    super(geometric ? "geometric_mean" : "harmonic_mean",
        geometric ? "exp(mean(log in)) per lane (scipy.stats.gmean)" : "1/mean(1/in) per lane (scipy.stats.hmean)",
        1, false);
    this.geometric = geometric;
  }

  @Override
  double[] reduce(double[][] rows, int axis) {
    return geometric ? Moments.gmean(rows, axis) : Moments.hmean(rows, axis);
  }
}

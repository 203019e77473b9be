package dev.fathom.graph.commands;

import dev.fathom.dsp.stats.Moments;
import dev.fathom.graph.DType;

/**
 * distpy {@code sum}, {@code mean} and {@code std_dev}: {@code numpy.sum/mean/std(in, axis,
 * keepdims=True)}, so a 2-D input gives {@code (nx, 1)} for axis 1 and {@code (1, nt)} for axis
 * 0; std is the population deviation (ddof 0). Computed by fathom-dsp's {@link Moments} in
 * numpy's summation order.
 */
final class AxisReduction extends LaneReduction {
  enum Kind {
    SUM,
    MEAN,
    STD
  }

  private final Kind kind;

  AxisReduction(String name, String summary, Kind kind) {
    super(name, summary, 1, true);
    this.kind = kind;
  }

  @Override
  double[] reduce(double[][] rows, int axis) {
    return switch (kind) {
      case SUM -> Moments.sum(rows, axis);
      case MEAN -> Moments.mean(rows, axis);
      case STD -> Moments.std(rows, axis);
    };
  }

  @Override
  DType resultType(DType input) {
    return kind == Kind.SUM && input.isIntegral() ? DType.INT64 : input.toFloating();
  }
}

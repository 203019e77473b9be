package dev.fathom.graph.commands;

import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * A command reducing each lane along {@code axis} (0 depth, 1 time) of a real 1-D or 2-D input
 * to one value: sums, means, moments (fathom-dsp's {@code stats.Moments}), argmax. A 1-D input is
 * reduced as one row. Subclasses give the per-lane values, the result dtype and whether the
 * reduced axis is kept with length 1 (numpy {@code keepdims}).
 */
abstract class LaneReduction extends AbstractCommand {
  private final boolean keepdims;

  LaneReduction(String name, String summary, int defaultAxis, boolean keepdims) {
    super(name, summary, ParamSpec.optional("axis", ParamType.INT, defaultAxis, "axis reduced: 0 depth, 1 time"));
    this.keepdims = keepdims;
  }

  /** One value per lane of {@code rows} along {@code axis} (0: per column, 1: per row). */
  abstract double[] reduce(double[][] rows, int axis);

  /** The result dtype for an input dtype: floating by default. */
  DType resultType(DType input) {
    return input.toFloating();
  }

  @Override
  public final NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(in.primary(), name());
    Lanes lanes = Lanes.of(a, p.getInt("axis"), name());
    double[] out = reduce(a.as2d(false).toRows(), lanes.axis);
    return lanes.reduced(resultType(a.dtype()), out, keepdims);
  }
}

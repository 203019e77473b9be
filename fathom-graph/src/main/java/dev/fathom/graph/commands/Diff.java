package dev.fathom.graph.commands;

import dev.fathom.dsp.calculus.Differences;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code diff} (DiffCommand): {@code numpy.diff(in, n=window_length, axis, append=0)},
 * then for axis 1 the last column is set to the one before it, for axis 0 the last row. Note
 * distpy's quirks, kept because results depend on them: {@code window_length} is the order of
 * the difference (the axis shrinks by {@code n - 1}), and the default axis {@code -1} skips the
 * boundary fix (its last column is {@code -in[:, -1]}). The differences are fathom-dsp's
 * {@code calculus.Differences.diff}.
 */
final class Diff extends AbstractCommand {
  Diff() {
    super("diff", "n-th order difference along an axis, padded to the input length (numpy.diff append=0)",
        ParamSpec.optional("axis", ParamType.INT, -1, "axis: 0 depth, 1 time, -1 time without the last-sample fix"),
        ParamSpec.optional("window_length", ParamType.INT, 1, "order n of the difference").atLeast(1));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    int axisParam = p.getInt("axis");
    int axis = Inputs.axis2d(axisParam, name());
    int order = p.getInt("window_length");
    Lanes lanes = Lanes.of(a, axis, name());
    int n = lanes.length() + 1 - order;
    if (n < 0) throw new CommandException("order " + order + " is too high for " + lanes.length() + " samples");
    int[] shape = a.shape();
    shape[axis] = n;
    int cols = shape[1];
    double[] out = new double[shape[0] * shape[1]];
    for (int l = 0; l < lanes.count(); l++) {
      double[] v = Differences.diff(lanes.lane(l), order, 0.0);
      if (axisParam >= 0 && n >= 2) v[n - 1] = v[n - 2];
      for (int k = 0; k < n; k++) out[axis == 1 ? l * cols + k : k * cols + l] = v[k];
    }
    return NdArray.wrap(a.dtype().toFloating(), shape, out);
  }
}

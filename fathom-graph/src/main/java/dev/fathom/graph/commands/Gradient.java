package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code gradient} (GradientCommand): {@code numpy.gradient(in, taxis, edge_order,
 * axis=1)} along time, else {@code numpy.gradient(in, xaxis, edge_order, axis=0)} along depth,
 * with the run's axes as coordinates (fathom-dsp's {@code calculus.Gradient}: numpy's uniform
 * formulas when all spacings are bit-identical, else the non-uniform ones). Units: input units per metre
 * (axis 0), per time-axis unit (axis 1: per sample with the default {@code taxis = arange(nt)}).
 * distpy fails with an {@code (nx, 1)} xaxis (SEG-Y ingest); here the axis is flattened.
 */
final class Gradient extends AbstractCommand {
  Gradient() {
    super("gradient", "derivative along depth (axis 0, per xaxis unit) or time (axis 1, per taxis unit)",
        ParamSpec.optional("axis", ParamType.INT, 0, "0: along depth with xaxis, 1: along time with taxis"),
        ParamSpec.optional("edge_order", ParamType.INT, 1, "accuracy order at the edges, 1 or 2"));
  }

  @Override
  public void check(Params p, java.util.List<String> problems) {
    int e = p.getInt("edge_order");
    if (e != 1 && e != 2) problems.add("edge_order must be 1 or 2, got " + e);
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    int axis = p.getInt("axis") == 1 ? 1 : 0;
    int edge = p.getInt("edge_order");
    double[] coords = axis == 1 ? ctx.taxisValues() : ctx.xaxisValues();
    int n = a.shape(axis);
    if (coords.length != n) {
      throw new CommandException((axis == 1 ? "taxis" : "xaxis") + " has " + coords.length
          + " values, the input has " + n + " along axis " + axis);
    }
    if (n < edge + 1) {
      throw new CommandException("needs at least " + (edge + 1) + " samples along axis " + axis
          + " for edge_order " + edge + ", got " + n);
    }
    return NdArray.fromRows(a.dtype().toFloating(), dev.fathom.dsp.calculus.Gradient.of(a.toRows(), coords, axis, edge));
  }
}

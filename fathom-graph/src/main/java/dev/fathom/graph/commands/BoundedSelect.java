package dev.fathom.graph.commands;

import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code bounded_select} (extra_numpy.bounded_select): float64 mask, 1 where
 * {@code min_val < in <= max_val}, else 0 (NaN gives 0). distpy requires 2-D input; any shape is
 * accepted here.
 */
final class BoundedSelect extends AbstractCommand {
  BoundedSelect() {
    super("bounded_select", "1.0 where min_val < in <= max_val, else 0.0",
        ParamSpec.optional("min_val", ParamType.NUMBER, 0.0, "exclusive lower bound"),
        ParamSpec.optional("max_val", ParamType.NUMBER, 1.0, "inclusive upper bound"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(in.primary(), name());
    double lo = p.getDouble("min_val");
    double hi = p.getDouble("max_val");
    return a.mapReal(DType.FLOAT64, x -> x > lo && !(x > hi) ? 1.0 : 0.0);
  }
}

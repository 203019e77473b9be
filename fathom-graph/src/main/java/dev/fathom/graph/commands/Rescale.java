package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;

/**
 * distpy {@code rescale} (RescaleCommand): {@code (in - min(s)) / (max(s) - min(s))} with the
 * global min and max of {@code s} = the first gathered input if any, else the input itself.
 * A NaN in {@code s} makes every value NaN (numpy min/max propagate NaN).
 */
final class Rescale extends AbstractCommand {
  Rescale() {
    super("rescale", "(in - min) / (max - min), min/max of the gathered input or of in", GatherUse.OPTIONAL);
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(in.primary(), name());
    NdArray s = in.firstOrNull() == null ? a : Inputs.requireReal(in.firstOrNull(), name());
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < s.size(); k++) {
      double v = s.re(k);
      if (Double.isNaN(v)) {
        min = max = Double.NaN;
        break;
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double lo = min;
    double range = max - min;
    return a.mapReal(a.dtype().toFloating(), x -> (x - lo) / range);
  }
}

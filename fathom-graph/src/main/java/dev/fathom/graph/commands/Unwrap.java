package dev.fathom.graph.commands;

import dev.fathom.dsp.calculus.Differences;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code unwrap}: {@code numpy.unwrap(in, axis)} with period 2π and discontinuity π
 * (specs/distpy.md §2.5.16): {@code d = diff(p)}, {@code m = mod(d + π, 2π) - π} (m = π where
 * m == -π and d &gt; 0), correction {@code m - d} where {@code |d| >= π}, accumulated along the
 * axis (fathom-dsp's {@code calculus.Differences.unwrap}). Radians in, radians out.
 */
final class Unwrap extends AbstractCommand {
  Unwrap() {
    super("unwrap", "phase unwrapping along an axis (numpy.unwrap, radians)",
        ParamSpec.optional("axis", ParamType.INT, -1, "axis: 0 depth, 1 or -1 time"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(in.primary(), name());
    Lanes lanes = Lanes.of(a, p.getInt("axis"), name());
    return lanes.map(a.dtype().toFloating(), (l, v) -> Differences.unwrap(v));
  }
}

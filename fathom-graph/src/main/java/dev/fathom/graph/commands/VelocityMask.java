package dev.fathom.graph.commands;

import dev.fathom.dsp.fk.VelocityMap;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code velocity_mask} (extra_numpy.vel_mask, specs/distpy.md §2.4.2): 1 where
 * {@code min_velocity < V <= max_velocity} for a velocity map V, else 0; with {@code smooth > 1}
 * the mask is smoothed along axis 1 only, {@code abs(filtfilt(butter(5, 1/smooth), M, even))}
 * (fathom-dsp's {@code fk.VelocityMap.mask}).
 */
final class VelocityMask extends AbstractCommand {
  VelocityMask() {
    super("velocity_mask", "1 where min_velocity < V <= max_velocity of a velocity map, optionally smoothed along axis 1",
        ParamSpec.optional("min_velocity", ParamType.NUMBER, 1400.0, "exclusive lower bound, m/s"),
        ParamSpec.optional("max_velocity", ParamType.NUMBER, 1600.0, "inclusive upper bound, m/s"),
        ParamSpec.optional("smooth", ParamType.NUMBER, 0, "> 1: low-pass the mask along axis 1 with Wn = 1/smooth"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray v = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    try {
      return NdArray.fromRows(VelocityMap.mask(v.toRows(), p.getDouble("min_velocity"), p.getDouble("max_velocity"),
          p.getDouble("smooth")));
    } catch (IllegalArgumentException e) {
      throw new CommandException(e.getMessage(), e);
    }
  }
}

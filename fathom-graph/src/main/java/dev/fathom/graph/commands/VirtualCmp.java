package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code virtual_cmp} (CMPCommand): {@code in * conj(flip(in, axis))}, a virtual
 * common-mid-point product of every trace with its mirror along {@code axis} (0 = depth).
 */
final class VirtualCmp extends AbstractCommand {
  VirtualCmp() {
    super("virtual_cmp", "in * conj(flip(in, axis))",
        ParamSpec.optional("axis", ParamType.INT, 0, "axis to flip: 0 depth, 1 time"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    NdArray mirror = ComplexParts.conj(Slices.flip(a, Inputs.axis2d(p.getInt("axis"), name())));
    return Broadcast.apply(a, mirror, Broadcast.MULTIPLY);
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code downsample} (DownsampleCommand): {@code in[::xsample, ::tsample]}, every
 * xsample-th channel and tsample-th time sample, no anti-alias filter.
 */
final class Downsample extends AbstractCommand {
  Downsample() {
    super("downsample", "keep every xsample-th channel and tsample-th sample (no anti-alias filter)",
        ParamSpec.optional("xsample", ParamType.INT, 1, "channel step").atLeast(1),
        ParamSpec.optional("tsample", ParamType.INT, 1, "time-sample step").atLeast(1));
  }


  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    return Slices.slice(a, 0, a.rows(), p.getInt("xsample"), 0, a.cols(), p.getInt("tsample"));
  }
}

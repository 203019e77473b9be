package dev.fathom.graph.commands;

import dev.fathom.dsp.signal.WindowPeaks;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code broaden} (extra_numpy.broaden, specs/distpy.md §2.4.4): a forward running maximum
 * along time, {@code y[:, t] = max(x[:, t .. min(t + wl - 1, nt - 1)])}, fathom-dsp's
 * {@link WindowPeaks#broaden}.
 */
final class Broaden extends AbstractCommand {
  Broaden() {
    super("broaden", "forward running maximum over window_length samples along time",
        ParamSpec.optional("window_length", ParamType.INT, 50, "window, in samples"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    return NdArray.fromRows(a.dtype(), WindowPeaks.broaden(a.toRows(), p.getInt("window_length")));
  }
}

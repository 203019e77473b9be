package dev.fathom.graph.commands;

import dev.fathom.dsp.signal.WindowPeaks;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code peak_to_peak} (extra_numpy.peak_to_peak, specs/distpy.md §2.4.4): per channel,
 * the largest {@code max - min} over sliding time windows of {@code window_length} samples
 * ({@code maximum_filter}/{@code minimum_filter} of size {@code (1, wl)}, mode 'nearest'),
 * fathom-dsp's {@link WindowPeaks#peakToPeak}; a 1-D {@code (nx,)} result.
 */
final class PeakToPeak extends AbstractCommand {
  PeakToPeak() {
    super("peak_to_peak", "largest max-min over sliding time windows, per channel (1-D)",
        ParamSpec.optional("window_length", ParamType.INT, 200, "window, in samples").atLeast(1));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    double[] out = WindowPeaks.peakToPeak(a.toRows(), p.getInt("window_length"));
    return NdArray.wrap(a.dtype().toFloating(), new int[] {out.length}, out);
  }
}

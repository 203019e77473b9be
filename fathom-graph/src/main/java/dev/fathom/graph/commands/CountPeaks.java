package dev.fathom.graph.commands;

import dev.fathom.dsp.Parallel;
import dev.fathom.dsp.signal.CwtPeaks;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code count_peaks} (CountPeaksCommand): per channel the number of peaks
 * {@code scipy.signal.find_peaks_cwt(row, arange(sta, lta, 5))} finds along time (fathom-dsp's
 * port of scipy's ridge-line search), {@code (nx, 1)} int64.
 */
final class CountPeaks extends AbstractCommand {
  CountPeaks() {
    super("count_peaks", "number of CWT peaks per channel (scipy.signal.find_peaks_cwt, widths sta..lta step 5)",
        ParamSpec.optional("sta", ParamType.INT, 50, "smallest wavelet width, samples").atLeast(1),
        ParamSpec.optional("lta", ParamType.INT, 200, "largest wavelet width (exclusive), samples").atLeast(1));
  }

  @Override
  public void check(Params p, java.util.List<String> problems) {
    if (p.getInt("lta") <= p.getInt("sta")) problems.add("lta must be larger than sta");
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    int[] counts = CwtPeaks.countPeaks(a.toRows(), CwtPeaks.distpyWidths(p.getInt("sta"), p.getInt("lta")),
        Parallel.defaultThreads());
    double[] v = new double[counts.length];
    for (int i = 0; i < v.length; i++) v[i] = counts[i];
    return NdArray.wrap(DType.INT64, new int[] {v.length, 1}, v);
  }
}

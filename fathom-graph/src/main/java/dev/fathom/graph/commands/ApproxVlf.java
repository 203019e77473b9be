package dev.fathom.graph.commands;

import dev.fathom.dsp.signal.WindowPeaks;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;

/**
 * distpy {@code approx_vlf} (extra_numpy.approx_vlf, specs/distpy.md §2.4.9): a very-low-frequency
 * estimate per channel, the average over time with Gaussian weights
 * {@code w[k] = exp(-(k - nt/2)^2 / 6e6)} ({@code numpy.average}), then a 3-point median across
 * channels with zero padding ({@code scipy.signal.medfilt(v, 3)}); fathom-dsp's
 * {@link WindowPeaks#approxVlf}. Result {@code (nx,)} float64.
 */
final class ApproxVlf extends AbstractCommand {
  ApproxVlf() {
    super("approx_vlf", "Gaussian-weighted time average per channel, then 3-point median over depth (1-D)");
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    double[] v = WindowPeaks.approxVlf(a.toRows());
    return NdArray.wrap(DType.FLOAT64, new int[] {v.length}, v);
  }
}

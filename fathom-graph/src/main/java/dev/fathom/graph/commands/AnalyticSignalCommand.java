package dev.fathom.graph.commands;

import dev.fathom.dsp.signal.AnalyticSignal;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code analytic_signal} (agnostic_analytic_signal, specs/distpy.md §2.4.6): the input
 * must already be the FFT along {@code axis}; it is multiplied by the spectrum of a Hann-windowed
 * complex exponential of {@code window_length} samples at {@code freq} Hz. distpy's quirks are
 * kept because results depend on them: the rate is {@code |dx|} for axis 1 and {@code prf} for
 * axis 0 (swapped), the estimator is rounded to complex64, and axis 0 multiplies along the last
 * axis (so it works only for square inputs; other shapes are an error naming the node).
 */
final class AnalyticSignalCommand extends AbstractCommand {
  AnalyticSignalCommand() {
    super("analytic_signal", "multiplies an FFT by distpy's windowed analytic estimator (swapped rates kept)",
        ParamSpec.optional("freq", ParamType.NUMBER, 200.0, "centre frequency, Hz"),
        ParamSpec.optional("window_length", ParamType.INT, 64, "estimator length, samples").atLeast(1),
        ParamSpec.optional("axis", ParamType.INT, 1, "axis the input was FFT'd along"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    int axis = Inputs.axis2d(p.getInt("axis"), name());
    double fs;
    if (axis == 1) {
      double[] x = ctx.xaxisValues();
      if (x.length < 2) throw new CommandException("axis 1 needs at least 2 channels for dx (distpy's rate)");
      fs = Math.abs(x[1] - x[0]);
    } else {
      fs = ctx.prf();
      if (a.rows() != a.cols()) {
        throw new CommandException("axis 0 works only on square inputs (distpy multiplies along the last axis), got "
            + a.shapeString());
      }
    }
    int n = a.shape(axis);
    try {
      double[] est = AnalyticSignal.distpyEstimator(n, p.getDouble("freq"), fs, p.getInt("window_length"));
      return Spectra.fromInterleaved(AnalyticSignal.distpyApply(Spectra.interleaved(a), est), DType.COMPLEX128);
    } catch (IllegalArgumentException e) {
      throw new CommandException(e.getMessage(), e);
    }
  }
}

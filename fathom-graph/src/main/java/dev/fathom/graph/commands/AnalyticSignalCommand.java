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
 * complex exponential of {@code window_length = L} samples at {@code freq} Hz, {@code n =
 * in.shape[axis]} samples long. distpy's quirks are kept because results depend on them: the rate
 * is {@code |dx|} when {@code axis} is 1 and {@code prf} for any other value (swapped; {@code -1}
 * too), the estimator is rounded to complex64, and every axis other than 1 multiplies along the
 * last axis (numpy broadcasting), so {@code -1} works like 1 but with {@code prf}, and 0 works only
 * when {@code n} equals the number of columns (other shapes are an error naming the node). The
 * result type is numpy 2's for {@code in * complex64}: complex64 for complex64 or float32 input,
 * complex128 otherwise.
 */
final class AnalyticSignalCommand extends AbstractCommand {
  AnalyticSignalCommand() {
    super("analytic_signal", "multiplies an FFT by distpy's windowed analytic estimator (swapped rates kept)",
        ParamSpec.optional("freq", ParamType.NUMBER, 200.0, "centre frequency, Hz"),
        ParamSpec.optional("window_length", ParamType.INT, 64, "estimator length, samples").atLeast(1),
        ParamSpec.optional("axis", ParamType.INT, 1,
            "axis the input was FFT'd along: 1 (rate |dx|), -1 (rate prf), 0 (rate prf, square inputs only)"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    int axisParam = p.getInt("axis");
    int n = a.shape(Inputs.axis2d(axisParam, name()));
    double fs;
    if (axisParam == 1) {
      double[] x = ctx.xaxisValues();
      if (x.length < 2) throw new CommandException("axis 1 needs at least 2 channels for dx (distpy's rate)");
      fs = Math.abs(x[1] - x[0]);
    } else {
      fs = ctx.prf();
    }
    if (n != a.cols()) {
      throw new CommandException("axis " + axisParam + " multiplies the " + n + "-sample estimator along the last axis"
          + " (as distpy), which needs as many columns, got " + a.shapeString());
    }
    try {
      double[] est = AnalyticSignal.distpyEstimator(n, p.getDouble("freq"), fs, p.getInt("window_length"));
      return Spectra.fromInterleaved(AnalyticSignal.distpyApply(Spectra.interleaved(a), est),
          DType.promote(a.dtype(), DType.COMPLEX64));
    } catch (IllegalArgumentException e) {
      throw new CommandException(e.getMessage(), e);
    }
  }
}

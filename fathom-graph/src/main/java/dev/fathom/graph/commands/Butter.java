package dev.fathom.graph.commands;

import dev.fathom.dsp.Parallel;
import dev.fathom.dsp.iir.Butterworth;
import dev.fathom.dsp.iir.FiltFilt;
import dev.fathom.dsp.iir.FilterType;
import dev.fathom.dsp.iir.PadType;
import dev.fathom.dsp.iir.TransferFunction;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import java.util.List;

/**
 * distpy {@code butter} (ButterCommand): a zero-phase Butterworth filter,
 * {@code filtfilt(butter(order, Wn, type, output='ba'), in, axis, padtype)} (scipy semantics,
 * fathom-dsp; specs/distpy.md §2.5.1-2). Along time {@code Wn = freq/(prf/2)}; along depth
 * distpy uses {@code Wn = freq/(dx/2)} with {@code dx = |xaxis[1] - xaxis[0]|} — kept, since
 * results depend on it (a frequency in cycles per metre would need {@code freq/(0.5/dx)}).
 * distpy cannot do band filters from JSON ({@code freq} list → TypeError); here
 * {@code bandpass}/{@code bandstop} take {@code freq: [low, high]}.
 */
final class Butter extends AbstractCommand {
  Butter() {
    super("butter", "zero-phase Butterworth filter (filtfilt) along time or depth",
        ParamSpec.optional("order", ParamType.INT, 5, "filter order (the effective order is twice: forward and backward)").atLeast(1),
        ParamSpec.choice("type", "band type", "lowpass", "highpass", "bandpass", "bandstop"),
        ParamSpec.choice("padtype", "edge extension of filtfilt", "even", "odd", "constant"),
        ParamSpec.optional("freq", ParamType.NUMBER_LIST, 200.0,
            "cut-off in Hz (axis 1; axis 0: distpy's freq/(dx/2)); [low, high] for band types"),
        ParamSpec.optional("axis", ParamType.INT, 1, "1 along time, 0 along depth"));
  }

  @Override
  public void check(Params p, List<String> problems) {
    boolean band = p.getString("type").startsWith("band");
    int n = p.getDoubles("freq").length;
    if (band != (n == 2) || !band && n != 1) {
      problems.add("freq must be " + (band ? "[low, high]" : "one frequency") + " for type " + p.getString("type"));
    }
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    int axis = Inputs.axis2d(p.getInt("axis"), name());
    double scale;
    if (axis == 1) {
      scale = ctx.prf() * 0.5;
    } else {
      double[] x = ctx.xaxisValues();
      if (x.length < 2) throw new CommandException("axis 0 needs at least 2 channels for dx");
      scale = Math.abs(x[1] - x[0]) * 0.5;
    }
    double[] freq = p.getDoubles("freq");
    double[] wn = new double[freq.length];
    for (int k = 0; k < wn.length; k++) {
      wn[k] = freq[k] / scale;
      if (!(wn[k] > 0 && wn[k] < 1)) {
        throw new CommandException("normalised frequency " + freq[k] + "/" + scale + " = " + wn[k]
            + " must lie strictly between 0 and 1 (" + (axis == 1 ? "freq below prf/2 = " + scale + " Hz" : "freq below dx/2") + ")");
      }
    }
    int order = p.getInt("order");
    int n = a.shape(axis);
    if (n <= 3 * (order + 1)) {
      throw new CommandException("filtfilt needs more than " + 3 * (order + 1) + " samples along axis " + axis
          + " for order " + order + ", got " + n);
    }
    FilterType type = FilterType.parse(p.getString("type"));
    TransferFunction tf = wn.length == 1 ? Butterworth.ba(order, wn[0], type) : Butterworth.ba(order, wn, type);
    double[][] y = FiltFilt.filtfilt(tf, a.toRows(), axis, PadType.parse(p.getString("padtype")),
        FiltFilt.DEFAULT_PADLEN, Parallel.defaultThreads());
    return NdArray.fromRows(DType.FLOAT64, y);
  }
}

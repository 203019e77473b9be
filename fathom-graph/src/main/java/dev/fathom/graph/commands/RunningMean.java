package dev.fathom.graph.commands;

import dev.fathom.dsp.calculus.Differences;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code running_mean} (RunningMeanCommand, extra_numpy.running_mean_1d): a moving
 * average of {@code window_length} samples, {@code (c[t+N] - c[t]) / N} with
 * {@code c = cumsum([0, x...])} (fathom-dsp's {@code calculus.Differences.runningMean}), written
 * over the first {@code n - N + 1} samples of each lane; the last {@code N - 1} samples keep their
 * values. Axis 0 smooths each <em>row</em> (along
 * time), any other axis each column — distpy's inverted axis, kept because results depend on it.
 * distpy overwrites its input and returns None; here the smoothed array is the result and the
 * input is unchanged (docs/distpy-compatibility.md).
 */
final class RunningMean extends AbstractCommand {
  RunningMean() {
    super("running_mean", "moving average of window_length samples (axis 0: along time, sic)",
        ParamSpec.optional("window_length", ParamType.INT, 5, "window N, in samples").atLeast(1),
        ParamSpec.optional("axis", ParamType.INT, 0, "0 smooths along time (each row), otherwise along depth"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    int win = p.getInt("window_length");
    Lanes lanes = Lanes.of(a, p.getInt("axis") == 0 ? 1 : 0, name());
    return lanes.map(a.dtype().toFloating(), (l, x) -> {
      if (win <= x.length) System.arraycopy(Differences.runningMean(x, win), 0, x, 0, x.length - win + 1);
      return x;
    });
  }
}

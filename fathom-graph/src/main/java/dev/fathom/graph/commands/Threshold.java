package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code soft_threshold} and {@code hard_threshold} (extra_numpy.soft_threshold /
 * hard_threshold): with direction {@code '>'} values above the threshold are replaced, with any
 * other direction values below it; {@code soft} replaces by the threshold, {@code hard} by
 * {@code value}. distpy changes its input array in place (so later readers of the same input see
 * the thresholded values); here the result is a new array and the input stays as it was
 * (docs/distpy-compatibility.md).
 */
final class Threshold extends AbstractCommand {
  private final boolean hard;

  private Threshold(boolean hard, ParamSpec... params) {
    super(hard ? "hard_threshold" : "soft_threshold",
        hard ? "replace values beyond a threshold by a value" : "clamp values beyond a threshold to it",
        params);
    this.hard = hard;
  }

  static Threshold soft() {
    return new Threshold(false, direction(), threshold());
  }

  static Threshold hard() {
    return new Threshold(true, direction(), threshold(),
        ParamSpec.optional("value", ParamType.NUMBER, 0.0, "replacement value"));
  }

  private static ParamSpec direction() {
    return ParamSpec.optional("direction", ParamType.STRING, ">",
        "'>' replaces values above the threshold; any other string values below it");
  }

  private static ParamSpec threshold() {
    return ParamSpec.optional("threshold", ParamType.NUMBER, 0.0, "threshold, in the input's units");
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(in.primary(), name());
    double thr = p.getDouble("threshold");
    double value = hard ? p.getDouble("value") : thr;
    boolean above = p.getString("direction").equals(">");
    double[] v = a.realData();
    for (int k = 0; k < v.length; k++) {
      if (above ? v[k] > thr : v[k] < thr) v[k] = value;
    }
    return NdArray.wrap(a.dtype(), a.shape(), v);
  }
}

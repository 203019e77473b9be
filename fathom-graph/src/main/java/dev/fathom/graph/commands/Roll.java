package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code roll} (RollCommand): without a gathered input {@code numpy.roll(in,
 * window_length, axis)}, a circular shift by {@code window_length} samples; with one,
 * {@code Y = g0} holds one integer shift per lane: axis 1 shifts row {@code a} by
 * {@code Y[a]}, axis 0 column {@code a}. The gathered form returns float64 (distpy fills
 * {@code zeros} of float64, so a complex input loses its imaginary part).
 */
final class Roll extends AbstractCommand {
  Roll() {
    super("roll", "circular shift along an axis, by window_length or per lane by the gathered shifts",
        GatherUse.OPTIONAL,
        ParamSpec.optional("axis", ParamType.INT, 1, "axis shifted: 0 depth, 1 time"),
        ParamSpec.optional("window_length", ParamType.INT, 1, "shift in samples (positive: towards higher indices)"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    int axis = Inputs.axis2d(p.getInt("axis"), name());
    NdArray shifts = in.firstOrNull();
    Lanes lanes = Lanes.of(a, axis == 1 ? 1 : 0, name());
    int n = lanes.length();
    boolean perLane = shifts != null;
    if (perLane && shifts.size() < lanes.count()) {
      throw new CommandException("the gathered shifts have " + shifts.size() + " values, " + lanes.count() + " lanes need one each");
    }
    DType t = perLane ? DType.FLOAT64 : a.dtype();
    double[] re = new double[a.size()];
    double[] im = t.isComplex() ? new double[a.size()] : null;
    for (int l = 0; l < lanes.count(); l++) {
      long s = perLane ? shift(shifts.re(l)) : p.getInt("window_length");
      int sh = n == 0 ? 0 : (int) Math.floorMod(s, (long) n);
      for (int k = 0; k < n; k++) {
        int from = lanes.flat(l, k);
        int to = lanes.flat(l, (k + sh) % n);
        re[to] = a.re(from);
        if (im != null) im[to] = a.im(from);
      }
    }
    return NdArray.wrap(t, a.shape(), re, im);
  }

  private static long shift(double v) {
    if (v != Math.rint(v) || Double.isInfinite(v)) {
      throw new CommandException("gathered shifts must be whole numbers, got " + v);
    }
    return (long) v;
  }
}

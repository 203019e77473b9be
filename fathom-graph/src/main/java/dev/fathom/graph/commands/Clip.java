package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code clip} (ClipCommand, extra_numpy clip, specs/distpy.md §2.4.10): selects a depth
 * and time window by coordinates. {@code double_ended} 0 keeps the first half of the channels,
 * 1 the second half reversed (a fibre folded back). Indices are the first nearest coordinates,
 * and the upper bounds are exclusive: {@code in[ixmin:ixmax, itmin:itmax]}, so the defaults
 * (the axis extremes) drop the last channel and sample — kept, since results depend on it. With
 * {@code directory_out} it writes {@code <int(tmin)>.npy}, {@code measured_depth.npy} and
 * {@code time.npy} (the clipped axes), named as distpy names them.
 */
final class Clip extends AbstractCommand {
  Clip() {
    super("clip", "depth/time window by coordinates (upper bounds exclusive); optionally written",
        ParamSpec.optional("xmin", ParamType.NUMBER, null, "first depth (xaxis units); default min(xaxis)").orNull(),
        ParamSpec.optional("xmax", ParamType.NUMBER, null, "depth after the last kept (exclusive); default max(xaxis)").orNull(),
        ParamSpec.optional("tmin", ParamType.NUMBER, null, "first time (taxis units); default min(taxis)").orNull(),
        ParamSpec.optional("tmax", ParamType.NUMBER, null, "time after the last kept (exclusive); default max(taxis)").orNull(),
        ParamSpec.optional("double_ended", ParamType.INT, -1, "-1 whole fibre, 0 first half, 1 second half reversed"),
        ParamSpec.optional("directory_out", ParamType.STRING, "NONE", "sub-folder of the output to write into; NONE writes nothing"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    double[] x = ctx.xaxisValues();
    double[] t = ctx.taxisValues();
    double xmin = p.isNull("xmin") ? min(x) : p.getDouble("xmin");
    double xmax = p.isNull("xmax") ? max(x) : p.getDouble("xmax");
    double tmin = p.isNull("tmin") ? min(t) : p.getDouble("tmin");
    double tmax = p.isNull("tmax") ? max(t) : p.getDouble("tmax");
    int de = p.getInt("double_ended");
    int xend = (int) (x.length * 0.5);
    NdArray data = a;
    if (de == 0) {
      x = java.util.Arrays.copyOf(x, xend);
      data = Slices.slice(a, 0, Math.min(xend, a.rows()), 0, a.cols());
    } else if (de == 1) {
      double[] r = new double[x.length - xend];
      for (int i = 0; i < r.length; i++) r[i] = x[x.length - 1 - i];
      x = r;
      data = Slices.flip(Slices.slice(a, Math.min(xend, a.rows()), a.rows(), 0, a.cols()), 0);
    }
    int ix0 = nearest(x, xmin);
    int ix1 = nearest(x, xmax);
    int it0 = nearest(t, tmin);
    int it1 = nearest(t, tmax);
    int r1 = Math.min(ix1, data.rows());
    int c1 = Math.min(it1, data.cols());
    NdArray result = Slices.slice(data, Math.min(ix0, r1), r1, Math.min(it0, c1), c1);
    String dir = p.getString("directory_out");
    if (!dir.equals("NONE")) {
      ctx.sink().writeNpy(dir + "/" + (long) tmin + ".npy", result);
      ctx.sink().writeNpy(dir + "/measured_depth.npy", axisSlice(ctx.xaxis(), x, ix0, ix1));
      ctx.sink().writeNpy(dir + "/time.npy", axisSlice(ctx.taxis(), t, it0, it1));
    }
    return result;
  }

  private static NdArray axisSlice(NdArray axis, double[] values, int from, int to) {
    double[] v = to > from ? java.util.Arrays.copyOfRange(values, from, to) : new double[0];
    return NdArray.wrap(axis.dtype(), new int[] {v.length}, v);
  }

  /** numpy {@code argmin(abs(axis - v))}: first index of the nearest value. */
  private static int nearest(double[] axis, double v) {
    int best = 0;
    for (int i = 1; i < axis.length; i++) {
      if (Math.abs(axis[i] - v) < Math.abs(axis[best] - v)) best = i;
    }
    return best;
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) m = Math.min(m, d);
    return m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) m = Math.max(m, d);
    return m;
  }
}

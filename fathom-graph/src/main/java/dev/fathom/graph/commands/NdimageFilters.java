package dev.fathom.graph.commands;

import dev.fathom.dsp.fk.DipFilter;
import dev.fathom.dsp.signal.StaLta;
import dev.fathom.dsp.signal.Wiener;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import java.util.List;

/**
 * distpy's filter commands on 2-D chunks (pub_command_set, specs/distpy.md §2.1, §2.5), each a
 * fathom-dsp kernel with distpy's parameters and defaults, its rows split over the run's threads
 * ({@code ExecutionContext.threads}): {@code gaussian} ({@code scipy.ndimage.gaussian_filter};
 * distpy's default orders 5 — the 5th derivative — are kept), {@code sobel}, {@code median_filter}
 * (square window, mode reflect; 1-D input too), {@code convolve} and {@code correlate} (2-D
 * kernels, axis 0 = depth) — these five keep the input's dtype as scipy.ndimage does
 * ({@link Ndimage}) —, {@code wiener} ({@code scipy.signal.wiener}, float64), {@code sta_lta}
 * (distpy's centred windows and extra lta/sta factor) and {@code dip_filter} (distpy's 9x9 kernel;
 * {@code bandwidth} and {@code shape} are accepted and ignored, as in distpy; velocity 0 is a
 * validation error). Window sizes in samples.
 */
final class NdimageFilters {
  private NdimageFilters() {}

  /** The commands. */
  static List<RowsFilter> all() {
    return List.of(gaussian(), sobel(), median(), convolve(), correlate(), wiener(), staLta(), dip());
  }

  private interface ArrayKernel {
    NdArray apply(NdArray a, Params p, ExecutionContext ctx);
  }

  private interface RowsKernel {
    double[][] apply(double[][] rows, Params p, ExecutionContext ctx);
  }

  private static RowsFilter of(String name, String summary, boolean vectors, ArrayKernel k, ParamSpec... params) {
    return new RowsFilter(name, summary, vectors, params) {
      @Override
      NdArray filter(NdArray a, Params p, ExecutionContext ctx) {
        return k.apply(a, p, ctx);
      }
    };
  }

  /** A kernel on the rows {@code [nx][nt]}, its result of {@code type} (null: the input's floating type). */
  private static ArrayKernel onRows(DType type, RowsKernel k) {
    return (a, p, c) -> NdArray.fromRows(type != null ? type : a.dtype().toFloating(), k.apply(a.toRows(), p, c));
  }

  static RowsFilter gaussian() {
    return of("gaussian", "Gaussian filter or derivative (scipy.ndimage.gaussian_filter); default orders 5 as distpy", false,
        (a, p, c) -> Ndimage.gaussian(a, new double[] {p.getDouble("xsigma"), p.getDouble("tsigma")},
            new int[] {p.getInt("xorder"), p.getInt("torder")}, RowsFilter.mode(p), c.threads()),
        ParamSpec.optional("xsigma", ParamType.NUMBER, 1.0, "standard deviation along depth, in channels"),
        ParamSpec.optional("tsigma", ParamType.NUMBER, 1.0, "standard deviation along time, in samples"),
        ParamSpec.optional("xorder", ParamType.INT, 5, "derivative order along depth (0 smooths)").atLeast(0),
        ParamSpec.optional("torder", ParamType.INT, 5, "derivative order along time (0 smooths)").atLeast(0),
        RowsFilter.mode("constant"));
  }

  static RowsFilter sobel() {
    return of("sobel", "Sobel derivative along an axis (scipy.ndimage.sobel)", false,
        (a, p, c) -> Ndimage.sobel(a, Inputs.axis2d(p.getInt("axis"), "sobel"), RowsFilter.mode(p), c.threads()),
        ParamSpec.optional("axis", ParamType.INT, -1, "derivative axis: 0 depth, 1 or -1 time"),
        RowsFilter.mode("constant"));
  }

  static RowsFilter median() {
    return of("median_filter", "median over a distance x distance window (scipy.ndimage.median_filter, reflect)", true,
        (a, p, c) -> Ndimage.median(a, p.getInt("distance"), c.threads()),
        ParamSpec.optional("distance", ParamType.INT, 3, "window size in channels and samples (1-D input: samples)").atLeast(1));
  }

  static RowsFilter convolve() {
    return of("convolve", "2-D convolution with coeffs (scipy.ndimage.convolve; kernel axis 0 = depth)", false,
        (a, p, c) -> Ndimage.convolve(a, p.getMatrix("coeffs"), RowsFilter.mode(p), c.threads()),
        ParamSpec.optional("coeffs", ParamType.NUMBER_MATRIX, List.of(List.of(1, 0, -1), List.of(2, 0, -2), List.of(1, 0, -1)),
            "kernel rows (depth) of columns (time)"),
        RowsFilter.mode("constant"));
  }

  static RowsFilter correlate() {
    return of("correlate", "2-D correlation with coeffs (scipy.ndimage.correlate; kernel axis 0 = depth)", false,
        (a, p, c) -> Ndimage.correlate(a, p.getMatrix("coeffs"), RowsFilter.mode(p), c.threads()),
        ParamSpec.optional("coeffs", ParamType.NUMBER_MATRIX,
            List.of(List.of(0, 0, 1), List.of(0, 1, 0), List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
            "kernel rows (depth) of columns (time)"),
        RowsFilter.mode("constant"));
  }

  static RowsFilter wiener() {
    return of("wiener", "adaptive Wiener filter over xdir x tdir windows (scipy.signal.wiener), float64", false,
        onRows(DType.FLOAT64, (x, p, c) -> Wiener.filter(x, p.getInt("xdir"), p.getInt("tdir"),
            p.isNull("noisePower") ? Double.NaN : p.getDouble("noisePower"), c.threads())),
        ParamSpec.optional("xdir", ParamType.INT, 5, "window along depth, channels").atLeast(1),
        ParamSpec.optional("tdir", ParamType.INT, 5, "window along time, samples").atLeast(1),
        ParamSpec.optional("noisePower", ParamType.NUMBER, null, "noise power; null: the mean local variance").orNull());
  }

  static RowsFilter staLta() {
    return of("sta_lta", "short-term / long-term average ratio along time (distpy: centred windows, x lta/sta)", false,
        onRows(null, (x, p, c) -> StaLta.distpy(x, p.getInt("sta"), p.getInt("lta"), c.threads())),
        ParamSpec.optional("sta", ParamType.INT, 50, "short window, samples").atLeast(1),
        ParamSpec.optional("lta", ParamType.INT, 200, "long window, samples").atLeast(1));
  }

  static RowsFilter dip() {
    ArrayKernel k = onRows(null, (x, p, c) -> {
      double[] ax = c.xaxisValues();
      if (ax.length < 2) throw new CommandException("dip_filter needs at least 2 channels for dx");
      return DipFilter.apply(x, p.getDouble("velocity"), Math.abs(ax[1] - ax[0]), 1 / c.prf(), c.threads());
    });
    return new RowsFilter("dip_filter", "removes the mean along the dip x = -velocity*t (9x9 kernel, mode nearest)", false,
        ParamSpec.optional("velocity", ParamType.NUMBER, 100, "apparent velocity in m/s, not 0; negative: the opposite dip"),
        ParamSpec.optional("bandwidth", ParamType.NUMBER, 0.1, "ignored (distpy uses 0.1)"),
        ParamSpec.optional("shape", ParamType.JSON, List.of(9, 9), "ignored (distpy uses 9x9)")) {
      @Override
      NdArray filter(NdArray a, Params p, ExecutionContext ctx) {
        return k.apply(a, p, ctx);
      }

      @Override
      public void check(Params p, List<String> problems) {
        double v = p.getDouble("velocity");
        if (v == 0 || !Double.isFinite(v)) {
          problems.add("velocity must be an apparent velocity in m/s below or above 0 (negative: the opposite dip), got " + v
              + " (distpy divides by it: NaN everywhere)");
        }
      }
    };
  }
}

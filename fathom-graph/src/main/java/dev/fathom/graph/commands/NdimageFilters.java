package dev.fathom.graph.commands;

import dev.fathom.dsp.fk.DipFilter;
import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.dsp.ndimage.Correlation;
import dev.fathom.dsp.ndimage.GaussianFilter;
import dev.fathom.dsp.ndimage.MedianFilter;
import dev.fathom.dsp.ndimage.Sobel;
import dev.fathom.dsp.signal.StaLta;
import dev.fathom.dsp.signal.Wiener;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import java.util.List;

/**
 * distpy's filter commands on 2-D chunks (pub_command_set, specs/distpy.md §2.1, §2.5), each a
 * fathom-dsp kernel with distpy's parameters and defaults: {@code gaussian}
 * ({@code scipy.ndimage.gaussian_filter}; distpy's default orders 5 — the 5th derivative — are
 * kept), {@code sobel}, {@code median_filter} (square window, mode reflect), {@code convolve} and
 * {@code correlate} (2-D kernels, axis 0 = depth), {@code wiener} ({@code scipy.signal.wiener}),
 * {@code sta_lta} (distpy's centred windows and extra lta/sta factor) and {@code dip_filter}
 * (distpy's 9x9 kernel; {@code bandwidth} and {@code shape} are accepted and ignored, as in
 * distpy). Window sizes in samples.
 */
final class NdimageFilters {
  private NdimageFilters() {}

  /** The commands. */
  static List<RowsFilter> all() {
    return List.of(gaussian(), sobel(), median(), convolve(), correlate(), wiener(), staLta(), dip());
  }

  private interface Kernel {
    double[][] apply(double[][] rows, Params p, ExecutionContext ctx);
  }

  private static RowsFilter of(String name, String summary, Kernel k, ParamSpec... params) {
    return new RowsFilter(name, summary, params) {
      @Override
      double[][] filter(double[][] rows, Params p, ExecutionContext ctx) {
        return k.apply(rows, p, ctx);
      }
    };
  }

  static RowsFilter gaussian() {
    return of("gaussian", "Gaussian filter or derivative (scipy.ndimage.gaussian_filter); default orders 5 as distpy",
        (x, p, c) -> GaussianFilter.filter(x, new double[] {p.getDouble("xsigma"), p.getDouble("tsigma")},
            new int[] {p.getInt("xorder"), p.getInt("torder")}, RowsFilter.mode(p), 0),
        ParamSpec.optional("xsigma", ParamType.NUMBER, 1.0, "standard deviation along depth, in channels"),
        ParamSpec.optional("tsigma", ParamType.NUMBER, 1.0, "standard deviation along time, in samples"),
        ParamSpec.optional("xorder", ParamType.INT, 5, "derivative order along depth (0 smooths)").atLeast(0),
        ParamSpec.optional("torder", ParamType.INT, 5, "derivative order along time (0 smooths)").atLeast(0),
        RowsFilter.mode("constant"));
  }

  static RowsFilter sobel() {
    return of("sobel", "Sobel derivative along an axis (scipy.ndimage.sobel)",
        (x, p, c) -> Sobel.filter(x, Inputs.axis2d(p.getInt("axis"), "sobel"), RowsFilter.mode(p), 0),
        ParamSpec.optional("axis", ParamType.INT, -1, "derivative axis: 0 depth, 1 or -1 time"),
        RowsFilter.mode("constant"));
  }

  static RowsFilter median() {
    return of("median_filter", "median over a distance x distance window (scipy.ndimage.median_filter, reflect)",
        (x, p, c) -> MedianFilter.filter(x, p.getInt("distance"), p.getInt("distance"), BoundaryMode.REFLECT, 0),
        ParamSpec.optional("distance", ParamType.INT, 3, "window size in channels and samples").atLeast(1));
  }

  static RowsFilter convolve() {
    return of("convolve", "2-D convolution with coeffs (scipy.ndimage.convolve; kernel axis 0 = depth)",
        (x, p, c) -> Correlation.convolve(x, p.getMatrix("coeffs"), RowsFilter.mode(p), 0, 0, 0),
        ParamSpec.optional("coeffs", ParamType.NUMBER_MATRIX, List.of(List.of(1, 0, -1), List.of(2, 0, -2), List.of(1, 0, -1)),
            "kernel rows (depth) of columns (time)"),
        RowsFilter.mode("constant"));
  }

  static RowsFilter correlate() {
    return of("correlate", "2-D correlation with coeffs (scipy.ndimage.correlate; kernel axis 0 = depth)",
        (x, p, c) -> Correlation.correlate(x, p.getMatrix("coeffs"), RowsFilter.mode(p), 0, 0, 0),
        ParamSpec.optional("coeffs", ParamType.NUMBER_MATRIX,
            List.of(List.of(0, 0, 1), List.of(0, 1, 0), List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
            "kernel rows (depth) of columns (time)"),
        RowsFilter.mode("constant"));
  }

  static RowsFilter wiener() {
    return of("wiener", "adaptive Wiener filter over xdir x tdir windows (scipy.signal.wiener)",
        (x, p, c) -> Wiener.filter(x, p.getInt("xdir"), p.getInt("tdir"),
            p.isNull("noisePower") ? Double.NaN : p.getDouble("noisePower")),
        ParamSpec.optional("xdir", ParamType.INT, 5, "window along depth, channels").atLeast(1),
        ParamSpec.optional("tdir", ParamType.INT, 5, "window along time, samples").atLeast(1),
        ParamSpec.optional("noisePower", ParamType.NUMBER, null, "noise power; null: the mean local variance").orNull());
  }

  static RowsFilter staLta() {
    return of("sta_lta", "short-term / long-term average ratio along time (distpy: centred windows, x lta/sta)",
        (x, p, c) -> StaLta.distpy(x, p.getInt("sta"), p.getInt("lta")),
        ParamSpec.optional("sta", ParamType.INT, 50, "short window, samples").atLeast(1),
        ParamSpec.optional("lta", ParamType.INT, 200, "long window, samples").atLeast(1));
  }

  static RowsFilter dip() {
    return of("dip_filter", "removes the mean along the dip x = -velocity*t (9x9 kernel, mode nearest)",
        (x, p, c) -> {
          double[] ax = c.xaxisValues();
          if (ax.length < 2) throw new CommandException("dip_filter needs at least 2 channels for dx");
          return DipFilter.apply(x, p.getDouble("velocity"), Math.abs(ax[1] - ax[0]), 1 / c.prf());
        },
        ParamSpec.optional("velocity", ParamType.NUMBER, 100, "apparent velocity in m/s; negative: the opposite dip"),
        ParamSpec.optional("bandwidth", ParamType.NUMBER, 0.1, "ignored (distpy uses 0.1)"),
        ParamSpec.optional("shape", ParamType.JSON, List.of(9, 9), "ignored (distpy uses 9x9)"));
  }
}

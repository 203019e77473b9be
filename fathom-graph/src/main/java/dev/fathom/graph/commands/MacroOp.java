package dev.fathom.graph.commands;

import dev.fathom.dsp.calculus.Gradient;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.NdArray;

/**
 * The eight operations of a distpy {@code macro} step (extra_numpy.macro_factory,
 * specs/distpy.md §1.6). distpy evaluates all eight on every step and returns the named one;
 * here only the named one is evaluated, so an operation that cannot apply to the current array
 * (e.g. {@code axis 1} of a 1-D intermediate) fails only when it is the one asked for.
 */
enum MacroOp {
  /** numpy.abs. */
  ABS("abs") {
    @Override
    NdArray apply(NdArray t, Args a) {
      return t.dtype() == DType.BOOL ? t : ComplexParts.abs(t);
    }
  },
  /** scipy.ndimage.gaussian_filter(t, sigma), mode reflect, same sigma on every axis. */
  GAUSSIAN_FILTER("gaussian_filter") {
    @Override
    NdArray apply(NdArray t, Args a) {
      return Ndimage.gaussian(t.astype(t.dtype().toFloating()), a.sigma(), a.threads());
    }
  },
  /** numpy.gradient(t.astype(float64), distance, axis) with uniform spacing {@code distance}. */
  GRADIENT("gradient") {
    @Override
    NdArray apply(NdArray t, Args a) {
      NdArray f = t.astype(DType.FLOAT64);
      Lanes lanes = Lanes.of(f, a.axis(), "gradient");
      if (lanes.length() < 2) throw new CommandException("gradient needs at least 2 samples along the axis");
      return lanes.map(DType.FLOAT64, (l, lane) -> Gradient.of(lane, a.distance(), 1));
    }
  },
  /** t / L2 norm along axis (zero norms replaced by 1), extra_numpy.normalized. */
  NORMALIZE("normalize") {
    @Override
    NdArray apply(NdArray t, Args a) {
      NdArray f = t.astype(t.dtype().toFloating());
      Lanes lanes = Lanes.of(f, a.axis(), "normalize");
      double[] norms = lanes.sums(f.mapReal(f.dtype(), x -> x * x));
      return lanes.map(f.dtype(), (l, lane) -> {
        double norm = Math.sqrt(norms[l]);
        for (int k = 0; k < lane.length; k++) lane[k] /= norm == 0 ? 1 : norm;
        return lane;
      });
    }
  },
  /** 100 * sum(t, axis) / t.shape[axis]: the percentage of "on" samples of a threshold. */
  PERCENTAGE_ON("percentage_on") {
    @Override
    NdArray apply(NdArray t, Args a) {
      NdArray s = SUM.apply(t, a);
      int n = Lanes.of(t, a.axis(), "percentage_on").length();
      return s.mapReal(DType.FLOAT64, x -> 100 * x / n);
    }
  },
  /** numpy.sum(t, axis), the axis removed. */
  SUM("sum") {
    @Override
    NdArray apply(NdArray t, Args a) {
      Lanes lanes = Lanes.of(t, a.axis(), "sum");
      return lanes.reduced(t.dtype().isIntegral() ? DType.INT64 : t.dtype(), lanes.sums(t), false);
    }
  },
  /** t &gt; threshold, boolean. */
  THRESHOLD("threshold") {
    @Override
    NdArray apply(NdArray t, Args a) {
      double thr = a.threshold();
      return t.mapReal(DType.BOOL, x -> x > thr ? 1 : 0);
    }
  },
  /** scipy.ndimage.median_filter(t, distance), mode reflect. */
  MEDIAN_FILTER("median_filter") {
    @Override
    NdArray apply(NdArray t, Args a) {
      return Ndimage.median(t, a.distance(), a.threads());
    }
  };

  /**
   * A step's arguments with macro_factory's defaults: axis 0, distance 5, sigma 2, threshold 0;
   * and the threads the filters may use (the run's).
   */
  record Args(int axis, int distance, double sigma, double threshold, int threads) {}

  final String jsonName;

  MacroOp(String jsonName) {
    this.jsonName = jsonName;
  }

  abstract NdArray apply(NdArray traces, Args args);

  /** The operation of a JSON name, or null. */
  static MacroOp byName(String name) {
    for (MacroOp op : values()) if (op.jsonName.equals(name)) return op;
    return null;
  }
}

package dev.fathom.dsp.stats;

import dev.fathom.dsp.Axes;
import dev.fathom.dsp.NumpySum;
import java.util.Arrays;

/**
 * Reductions of a 2-D array along an axis with numpy / scipy.stats defaults (numpy 2.4, scipy
 * 1.17): {@code sum}, {@code mean}, {@code std} (ddof 0), central moments, {@code skew} and {@code
 * kurtosis} (Fisher) with {@code bias=False, nan_policy='omit'}, {@code gmean}, {@code hmean}.
 * Each returns one value per lane: per row for axis 1 ({@code nx} values), per column for axis 0
 * ({@code nt} values). Along axis 1 sums use numpy's pairwise summation, along axis 0 plain
 * accumulation, as numpy does for a C-ordered array.
 */
public final class Moments {
  private Moments() {}

  /** A statistic of one lane; {@code contiguous} selects numpy's summation order. */
  @FunctionalInterface
  private interface LaneStat {
    double of(double[] lane, boolean contiguous);
  }

  /** {@code numpy.sum(x, axis)}. */
  public static double[] sum(double[][] x, int axis) {
    return reduce(x, axis, Moments::sum);
  }

  /** {@code numpy.mean(x, axis)}. */
  public static double[] mean(double[][] x, int axis) {
    return reduce(x, axis, Moments::mean);
  }

  /** {@code numpy.std(x, axis)} = {@code sqrt(mean(|x − mean|²))}. */
  public static double[] std(double[][] x, int axis) {
    return reduce(x, axis, (lane, c) -> Math.sqrt(moment(lane, 2, mean(lane, c), c)));
  }

  /** {@code scipy.stats.moment(x, order, axis)}: central moment (order ≥ 1). */
  public static double[] moment(double[][] x, int order, int axis) {
    return reduce(x, axis, (lane, c) -> moment(lane, order, mean(lane, c), c));
  }

  /**
   * {@code scipy.stats.skew(x, axis, bias=False, nan_policy='omit')}: {@code sqrt((n−1)n)/(n−2) ·
   * m3/m2^1.5}; NaN where {@code m2 <= (eps·mean)²}; the biased value when {@code n <= 2}.
   */
  public static double[] skew(double[][] x, int axis) {
    return reduce(x, axis, (lane, c) -> skew(withoutNaN(lane), c));
  }

  /**
   * {@code scipy.stats.kurtosis(x, axis, fisher=True, bias=False, nan_policy='omit')}: {@code
   * ((n²−1)m4/m2² − 3(n−1)²)/((n−2)(n−3))}; NaN where {@code m2 <= (eps·mean)²}; the biased value
   * {@code m4/m2² − 3} when {@code n <= 3}.
   */
  public static double[] kurtosis(double[][] x, int axis) {
    return reduce(x, axis, (lane, c) -> kurtosis(withoutNaN(lane), c));
  }

  /** {@code scipy.stats.gmean(x, axis)} = {@code exp(mean(log x))}: NaN with negatives, 0 with zeros. */
  public static double[] gmean(double[][] x, int axis) {
    return reduce(x, axis, (lane, c) -> {
      double[] logs = new double[lane.length];
      for (int i = 0; i < lane.length; i++) {
        logs[i] = Math.log(lane[i]);
      }
      return Math.exp(mean(logs, c));
    });
  }

  /** {@code scipy.stats.hmean(x, axis)} = {@code 1/mean(1/x)}: NaN with negatives (scipy ≥ 1.9). */
  public static double[] hmean(double[][] x, int axis) {
    return reduce(x, axis, (lane, c) -> {
      double[] inv = new double[lane.length];
      for (int i = 0; i < lane.length; i++) {
        if (lane[i] < 0) {
          return Double.NaN;
        }
        inv[i] = 1.0 / lane[i];
      }
      return 1.0 / mean(inv, c);
    });
  }

  private static double[] reduce(double[][] x, int axis, LaneStat stat) {
    boolean rows = Axes.normalise(axis) == 1;
    double[][] lanes = rows ? x : dev.fathom.dsp.ComplexArrays.transpose(x);
    Axes.checkRectangular(x);
    double[] out = new double[lanes.length];
    for (int i = 0; i < lanes.length; i++) {
      out[i] = stat.of(lanes[i], rows);
    }
    return out;
  }

  static double sum(double[] lane, boolean contiguous) {
    if (contiguous) {
      return NumpySum.sum(lane);
    }
    double s = 0;
    for (double v : lane) {
      s += v;
    }
    return s;
  }

  static double mean(double[] lane, boolean contiguous) {
    return sum(lane, contiguous) / lane.length;
  }

  /** scipy's {@code _moment}: powers of {@code a − mean} by repeated squaring, then the mean. */
  static double moment(double[] lane, int order, double mean, boolean contiguous) {
    double[] s = new double[lane.length];
    for (int i = 0; i < lane.length; i++) {
      double d = lane[i] - mean;
      s[i] = power(d, order);
    }
    return mean(s, contiguous);
  }

  private static double power(double d, int order) {
    if (order == 1) {
      return d;
    }
    double half = power(d, order / 2);
    double sq = half * half;
    return order % 2 == 1 ? sq * d : sq;
  }

  /** Second and {@code order}-th central moments; {@code degenerate} where scipy returns NaN. */
  private record Central(double m2, double mk, boolean degenerate) {
    static Central of(double[] lane, int order, boolean contiguous) {
      double mean = mean(lane, contiguous);
      double m2 = moment(lane, 2, mean, contiguous);
      double eps = Math.ulp(1.0);
      return new Central(m2, moment(lane, order, mean, contiguous),
          m2 <= (eps * mean) * (eps * mean));
    }
  }

  private static double skew(double[] lane, boolean contiguous) {
    int n = lane.length;
    Central c = Central.of(lane, 3, contiguous);
    if (c.degenerate()) {
      return Double.NaN;
    }
    if (n > 2) {
      return Math.sqrt((n - 1.0) * n) / (n - 2.0) * c.mk() / Math.pow(c.m2(), 1.5);
    }
    return c.mk() / Math.pow(c.m2(), 1.5);
  }

  private static double kurtosis(double[] lane, boolean contiguous) {
    int n = lane.length;
    Central c = Central.of(lane, 4, contiguous);
    if (c.degenerate()) {
      return Double.NaN;
    }
    double m2sq = c.m2() * c.m2();
    double vals = c.mk() / m2sq;
    if (n > 3) {
      double nval = 1.0 / (n - 2) / (n - 3) * ((n * (double) n - 1.0) * c.mk() / m2sq
          - 3 * (n - 1.0) * (n - 1.0));
      vals = nval + 3.0;
    }
    return vals - 3;
  }

  private static double[] withoutNaN(double[] lane) {
    return Arrays.stream(lane).filter(v -> !Double.isNaN(v)).toArray();
  }
}

package dev.fathom.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToIntFunction;

/** "Nice" axis tick values (steps of 1, 2, 2.5 or 5 times a power of ten). */
public final class Ticks {
  private Ticks() {}

  /** About five tick values within [min(a, b), max(a, b)]. */
  public static List<Double> between(double a, double b) {
    return between(a, b, 5);
  }

  /** About {@code count} (at least 1) tick values within [min(a, b), max(a, b)]. */
  public static List<Double> between(double a, double b, int count) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    List<Double> t = new ArrayList<>();
    if (!(hi > lo) || !Double.isFinite(hi - lo)) {
      if (Double.isFinite(lo)) t.add(lo);
      return t;
    }
    double raw = (hi - lo) / Math.max(1, count);
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = p * 10;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= raw) {
        step = m * p;
        break;
      }
    }
    for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    return t;
  }

  /**
   * The densest "nice" ticks within [a, b] (at most about 10) whose labels, each {@code size}
   * pixels long along an axis of {@code lengthPixels}, leave at least {@code gapPixels} between
   * neighbours.
   */
  public static List<Double> fitting(double a, double b, int lengthPixels, int gapPixels, ToIntFunction<String> size) {
    return fitting(a, b, lengthPixels, gapPixels, size, Ticks::labeller);
  }

  /** {@link #fitting(double, double, int, int, ToIntFunction)} for labels made by {@code labellerFor}. */
  public static List<Double> fitting(double a, double b, int lengthPixels, int gapPixels, ToIntFunction<String> size,
      java.util.function.Function<List<Double>, DoubleFunction<String>> labellerFor) {
    List<Double> best = between(a, b, 1);
    for (int count = 2; count <= 10; count++) {
      List<Double> t = between(a, b, count);
      if (t.size() <= best.size()) continue;
      int longest = 0;
      DoubleFunction<String> labels = labellerFor.apply(t);
      for (double v : t) longest = Math.max(longest, size.applyAsInt(labels.apply(v)));
      double spacing = (double) lengthPixels * Math.abs(t.size() > 1 ? t.get(1) - t.get(0) : 0) / Math.abs(b - a);
      if (t.size() > 1 && spacing < longest + gapPixels) break;
      best = t;
    }
    return best;
  }

  /**
   * A tick label: no trailing zeros, at most 4 significant decimals; magnitudes of 10^5 and more
   * as a compact power of ten ({@code 2.5e7}), so that colour-bar labels of band energies stay short.
   */
  public static String label(double v) {
    if (Math.abs(v) >= 1e5 && Double.isFinite(v)) {
      int exp = (int) Math.floor(Math.log10(Math.abs(v)));
      double mant = v / Math.pow(10, exp);
      if (Math.abs(Math.round(mant * 1000) / 1000.0) >= 10) {
        mant /= 10;
        exp++;
      }
      String m = String.format(java.util.Locale.ROOT, "%.3f", mant).replaceAll("0+$", "").replaceAll("\\.$", "");
      return m + "e" + exp;
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    String s = String.format(java.util.Locale.ROOT, "%.4g", v);
    if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s;
  }

  /**
   * A label for tick {@code v} of ticks {@code step} apart: {@link #label(double)}, unless that
   * would read the same as the label of a neighbour {@code step} away (map coordinates: 6781750 and
   * 6782000 both read 6.782e6; 100.12 and 100.14 both 100.1); then the plain number with the
   * decimals the step needs.
   */
  public static String label(double v, double step) {
    String short_ = label(v);
    if (!(step > 0) || !Double.isFinite(step) || !Double.isFinite(v)) return short_;
    if (!short_.equals(label(v + step)) && !short_.equals(label(v - step))) return short_;
    return plain(v, step);
  }

  /** {@code v} written out in full, with the decimals that ticks {@code step} apart need. */
  static String plain(double v, double step) {
    if (!(step > 0) || !Double.isFinite(step)) return label(v);
    int decimals = 0;
    while (decimals < 17) {
      double scaled = step * Math.pow(10, decimals);
      if (Math.rint(scaled) >= 1 && Math.abs(scaled - Math.rint(scaled)) <= 1e-6 * scaled) break; // a whole number of units
      decimals++;
    }
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
  }

  /**
   * Labels written out in full for {@code ticks} (map coordinates: 449500, 6781750), with the
   * decimals their spacing needs; for magnitudes of 10^9 and more, {@link #labeller}'s.
   */
  public static DoubleFunction<String> coordinateLabeller(List<Double> ticks) {
    double step = step(ticks);
    return v -> Math.abs(v) < 1e9 ? plain(v, step) : label(v, step);
  }

  /** Labels for {@code ticks} (evenly spaced, as {@link #between} gives): {@link #label(double, double)}. */
  public static DoubleFunction<String> labeller(List<Double> ticks) {
    double step = step(ticks);
    return v -> label(v, step);
  }

  /** The spacing of evenly spaced {@code ticks}; 0 for fewer than two. */
  private static double step(List<Double> ticks) {
    return ticks.size() > 1 ? Math.abs(ticks.get(1) - ticks.get(0)) : 0;
  }
}

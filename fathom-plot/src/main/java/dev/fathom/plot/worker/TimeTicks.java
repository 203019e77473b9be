package dev.fathom.plot.worker;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Ticks on a time axis of unix seconds, at whole UTC multiples of a "clock" step (1, 2, 5, 10,
 * 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h; 1, 2, 7, 14, 28 days), the finest whose
 * labels fit without overlapping and that gives at most 8 ticks; labels are UTC clock times ("HH:mm", "HH:mm:ss" below a minute),
 * with the date ("MM-dd HH:mm") when the axis spans more than one UTC day, dates alone for steps of
 * a day or more.
 *
 * @param values tick times in unix seconds
 * @param labels one label per tick
 * @param axisLabel the caption of the axis, naming UTC and the date when there is a single one
 */
public record TimeTicks(List<Double> values, List<String> labels, String axisLabel) {
  private static final long[] STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600,
      43200, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400};
  private static final int MAX_TICKS = 8;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /**
   * The ticks for the time range [t0, t1] shown over {@code pixels}, labels measured by {@code width}
   * and kept {@code gap} pixels apart.
   */
  public static TimeTicks fitting(double t0, double t1, int pixels, int gap, ToIntFunction<String> width) {
    double lo = Math.min(t0, t1);
    double hi = Math.max(t0, t1);
    boolean oneDay = DATE.format(instant(lo)).equals(DATE.format(instant(hi)));
    String axis = oneDay ? "time (UTC), " + DATE.format(instant(lo)) : "time (UTC)";
    TimeTicks chosen = null;
    for (long step : STEPS) {
      List<Double> v = new ArrayList<>();
      for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) v.add(t);
      DateTimeFormatter f = DateTimeFormatter.ofPattern(
          step >= 86400 ? "yyyy-MM-dd" : !oneDay ? (step < 60 ? "MM-dd HH:mm:ss" : "MM-dd HH:mm") : step < 60 ? "HH:mm:ss" : "HH:mm")
          .withZone(ZoneOffset.UTC);
      List<String> l = new ArrayList<>();
      int longest = 0;
      for (double t : v) {
        l.add(f.format(instant(t)));
        longest = Math.max(longest, width.applyAsInt(l.get(l.size() - 1)));
      }
      chosen = new TimeTicks(v, l, axis);
      double spacing = hi > lo ? pixels * step / (hi - lo) : pixels;
      if (spacing >= longest + gap && !v.isEmpty() && v.size() <= MAX_TICKS) return chosen;
    }
    return chosen;
  }

  private static Instant instant(double unixSeconds) {
    return Instant.ofEpochMilli(Math.round(unixSeconds * 1000));
  }
}

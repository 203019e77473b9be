package dev.fathom.das;

import java.time.Instant;

/**
 * A selection by coordinate ranges, both ends inclusive (as DASCore's {@code select}): samples whose
 * time lies in {@code [timeFromNanos, timeToNanos]} and channels whose position lies in
 * {@code [distanceFrom, distanceTo]}. An unset end is open. Immutable; built fluently:
 * {@code DasSelection.time(t0, t1).distance(d0, d1)}.
 */
public record DasSelection(Long timeFromNanos, Long timeToNanos, Double distanceFrom, Double distanceTo) {
  /** Everything. */
  public static final DasSelection ALL = new DasSelection(null, null, null, null);

  /** Times in {@code [from, to]}; either may be null (open). */
  public static DasSelection time(Instant from, Instant to) {
    return ALL.withTime(from, to);
  }

  /** Times in {@code [from, to]} as UTC epoch nanoseconds. */
  public static DasSelection timeNanos(long from, long to) {
    return new DasSelection(from, to, null, null);
  }

  /** Channels at positions in {@code [from, to]}. */
  public static DasSelection distanceOnly(double from, double to) {
    return ALL.distance(from, to);
  }

  public DasSelection withTime(Instant from, Instant to) {
    return new DasSelection(nanos(from), nanos(to), distanceFrom, distanceTo);
  }

  public DasSelection distance(double from, double to) {
    return new DasSelection(timeFromNanos, timeToNanos, from, to);
  }

  private static Long nanos(Instant t) {
    return t == null ? null : Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  /** {first index, count} of the time samples of {@code info} inside the selection. */
  public long[] timeRange(DasInfo info) {
    double step = info.timeStepSeconds() * 1e9;
    long first = 0;
    long last = info.nTime() - 1;
    if (timeFromNanos != null) first = Math.max(first, (long) Math.ceil((timeFromNanos - info.startNanos()) / step - 1e-9));
    if (timeToNanos != null) last = Math.min(last, (long) Math.floor((timeToNanos - info.startNanos()) / step + 1e-9));
    return new long[] {first, Math.max(0, last - first + 1)};
  }

  /** {first index, count} of the channels of {@code info} inside the selection. */
  public int[] channelRange(DasInfo info) {
    int first = 0;
    int last = info.nChannels() - 1;
    double step = info.distanceStep();
    if (distanceFrom != null || distanceTo != null) {
      double lo = distanceFrom == null ? Double.NEGATIVE_INFINITY : distanceFrom;
      double hi = distanceTo == null ? Double.POSITIVE_INFINITY : distanceTo;
      if (step < 0) {
        double t = -lo;
        lo = -hi;
        hi = t;
        step = -step;
      }
      double start = info.distanceStep() < 0 ? -info.distanceStart() : info.distanceStart();
      double eps = 1e-9 * Math.abs(step);
      if (lo > Double.NEGATIVE_INFINITY) first = (int) Math.max(first, Math.ceil((lo - start) / step - eps));
      if (hi < Double.POSITIVE_INFINITY) last = (int) Math.min(last, Math.floor((hi - start) / step + eps));
    }
    return new int[] {first, Math.max(0, last - first + 1)};
  }
}

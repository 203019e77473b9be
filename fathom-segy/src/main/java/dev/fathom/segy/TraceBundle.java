package dev.fathom.segy;

import java.util.ArrayList;
import java.util.List;

/**
 * A byte range of whole traces: the unit of parallel work over one file. Each bundle can be read
 * alone (with the file's {@link SegyLayout}) without touching the rest of the file.
 *
 * @param index bundle number, 0-based
 * @param firstTrace index of its first trace
 * @param traceCount number of traces
 * @param byteStart offset of its first byte (first trace header)
 * @param byteEnd offset one past its last byte
 */
public record TraceBundle(int index, long firstTrace, long traceCount, long byteStart, long byteEnd) {

  /** Splits the traces of {@code layout} into {@code n} bundles of near-equal trace counts. */
  public static List<TraceBundle> split(SegyLayout layout, int n) {
    if (n < 1) throw new IllegalArgumentException("bundle count must be at least 1: " + n);
    long traces = layout.traceCount();
    int parts = (int) Math.max(1, Math.min(n, traces));
    List<TraceBundle> out = new ArrayList<>(parts);
    long start = 0;
    for (int k = 0; k < parts; k++) {
      long end = traces * (k + 1) / parts;
      out.add(new TraceBundle(k, start, end - start, layout.traceOffset(start), layout.traceOffset(end)));
      start = end;
    }
    return out;
  }

  /** Reads this bundle's traces from {@code file} as {@code [trace][sample]}. */
  public float[][] read(SegyFile file) {
    if (traceCount > Integer.MAX_VALUE) throw new IllegalStateException("bundle too large: " + traceCount);
    return file.traces(firstTrace, (int) traceCount);
  }
}

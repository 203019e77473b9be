package dev.fathom.pipeline.attributes;

import dev.fathom.segy.TraceBundle;
import java.io.Serializable;

/**
 * One unit of the attributes job: a byte range of whole traces of the source
 * ({@link TraceBundle}, in a form that serialises).
 *
 * @param index bundle number, 0-based, in trace order
 * @param firstTrace index of its first trace (0-based, file order)
 * @param traceCount number of traces
 * @param byteStart offset of its first byte
 * @param byteEnd offset one past its last byte
 */
public record BundleUnit(int index, long firstTrace, int traceCount, long byteStart, long byteEnd)
    implements Serializable {

  static BundleUnit of(TraceBundle b) {
    return new BundleUnit(b.index(), b.firstTrace(), Math.toIntExact(b.traceCount()), b.byteStart(), b.byteEnd());
  }

  public long bytes() {
    return byteEnd - byteStart;
  }

  @Override
  public String toString() {
    return "bundle " + index + " (traces " + firstTrace + ".." + (firstTrace + traceCount - 1) + ", bytes "
        + byteStart + ".." + byteEnd + ")";
  }
}

package dev.fathom.segy;

import dev.fathom.core.ByteSource;
import dev.fathom.core.InvalidDataException;
import java.nio.ByteBuffer;

/**
 * Walks consecutive traces with positional reads of about the source's preferred read size (at
 * least one trace; 1 MiB for local files, 8 MiB for remote ones) into one reused buffer. Each
 * trace is handed to the visitor as (buffer, position of its first header byte); its sample count
 * is {@link SegyLayout#samples(long)} (the same for every trace unless the layout has a
 * {@link TraceIndex}). This is the one place that turns trace numbers into byte ranges for bulk
 * reads, fixed-length or variable-length.
 */
public final class TraceChunks {
  private TraceChunks() {}

  /** Receives one trace: its number and where its first header byte is in {@code buffer}. */
  @FunctionalInterface
  public interface Visitor {
    void visit(long trace, ByteBuffer buffer, int position);
  }

  static void forEach(SegyFile f, long first, long count, Visitor v) {
    forEach(f.source(), f.layout(), first, count, v);
  }

  /**
   * Visits traces {@code first .. first+count-1} of {@code src}, laid out as {@code l}.
   *
   * @throws InvalidDataException naming the source and offset when the source ends before the
   *     traces do (an object shorter than when it was probed)
   */
  public static void forEach(ByteSource src, SegyLayout l, long first, long count, Visitor v) {
    long longest = l.traceBytes();
    if (longest > Integer.MAX_VALUE) throw new IllegalStateException("trace larger than 2 GB");
    long end = first + count;
    long capacity = Math.max(longest, Math.min(src.preferredReadSize(), l.traceOffset(end) - l.traceOffset(first)));
    int perChunk = (int) Math.max(1, Math.min(count, src.preferredReadSize() / longest)); // fixed-length only
    ByteBuffer buf = ByteBuffer.allocateDirect((int) capacity).order(l.byteOrder());
    for (long t = first; t < end; ) {
      long at = l.traceOffset(t);
      long n = l.fixedLength() ? Math.min(perChunk, end - t) : tracesWithin(l, t, end, at + capacity);
      int bytes = (int) (l.traceOffset(t + n) - at);
      if (at + bytes > src.size()) {
        throw new InvalidDataException(src.name(), at, "needs " + bytes + " bytes of traces, the source has " + (src.size() - at));
      }
      buf.clear().limit(bytes);
      src.readFully(at, buf);
      buf.flip();
      for (long k = 0; k < n; k++) {
        v.visit(t + k, buf, (int) (l.traceOffset(t + k) - at));
      }
      t += n;
    }
  }

  /** How many traces from {@code t} end at or before byte {@code limit} (at least one). */
  private static long tracesWithin(SegyLayout l, long t, long end, long limit) {
    long n = 1;
    while (t + n < end && l.traceOffset(t + n + 1) <= limit) n++;
    return n;
  }
}

package dev.fathom.segy;

import java.nio.ByteBuffer;

/**
 * Visits the trace headers of consecutive traces. Short traces are read in large pieces with
 * their samples (one read per ~8 MB); long traces header by header, so a header scan of a big
 * file touches only its headers.
 */
final class HeaderScan {
  /** Traces up to this size are read whole in large pieces. */
  private static final long SMALL_TRACE = 4096;

  private HeaderScan() {}

  static void scan(SegyFile f, long first, long count, TraceChunks.Visitor v) {
    SegyLayout l = f.layout();
    if (l.traceBytes() <= SMALL_TRACE) {
      TraceChunks.forEach(f, first, count, v);
      return;
    }
    int n = SegyLayout.TRACE_HEADER_SIZE;
    ByteBuffer b = ByteBuffer.allocate(n).order(l.byteOrder());
    for (long t = first; t < first + count; t++) {
      b.clear();
      f.source().readFully(l.traceOffset(t), b);
      v.visit(t, b, 0);
    }
  }
}

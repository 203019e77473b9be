package dev.fathom.segy;

import java.nio.ByteBuffer;

/**
 * Walks consecutive traces with few large positional reads: traces are read in pieces of about
 * {@link SegyFile#READ_CHUNK} bytes (at least one trace) and each trace is handed to the visitor
 * as (buffer, position of its first header byte). The buffer is reused between pieces.
 */
final class TraceChunks {
  private TraceChunks() {}

  interface Visitor {
    void visit(long trace, ByteBuffer buffer, int position);
  }

  static void forEach(SegyFile f, long first, long count, Visitor v) {
    SegyLayout l = f.layout();
    long tb = l.traceBytes();
    if (tb > Integer.MAX_VALUE) throw new IllegalStateException("trace larger than 2 GB");
    int perChunk = (int) Math.max(1, Math.min(count, SegyFile.READ_CHUNK / tb));
    ByteBuffer buf = null;
    for (long t = first; t < first + count; t += perChunk) {
      int n = (int) Math.min(perChunk, first + count - t);
      int bytes = (int) (n * tb);
      if (buf == null || buf.capacity() < bytes) buf = ByteBuffer.allocateDirect((int) (perChunk * tb));
      buf.clear().limit(bytes);
      f.requireInFile(l.traceOffset(t), bytes);
      f.source().readFully(l.traceOffset(t), buf);
      buf.flip();
      buf.order(l.byteOrder());
      for (int k = 0; k < n; k++) {
        v.visit(t + k, buf, (int) (k * tb));
      }
    }
  }
}

package dev.fathom.segy;

import java.nio.ByteBuffer;

/**
 * Walks consecutive traces with positional reads of about the source's preferred read size (at
 * least one trace; 1 MiB for local files, 8 MiB for remote ones) into one reused buffer. Each
 * trace is handed to the visitor as (buffer, position of its first header byte).
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
    int perChunk = (int) Math.max(1, Math.min(count, f.source().preferredReadSize() / tb));
    ByteBuffer buf = ByteBuffer.allocateDirect((int) (perChunk * tb)).order(l.byteOrder());
    for (long t = first; t < first + count; t += perChunk) {
      int n = (int) Math.min(perChunk, first + count - t);
      int bytes = (int) (n * tb);
      f.requireInFile(l.traceOffset(t), bytes);
      buf.clear().limit(bytes);
      f.source().readFully(l.traceOffset(t), buf);
      buf.flip();
      for (int k = 0; k < n; k++) {
        v.visit(t + k, buf, (int) (k * tb));
      }
    }
  }
}

package dev.fathom.segy;

import java.nio.ByteBuffer;

/**
 * Walks consecutive traces in pieces of about {@link SegyFile#READ_CHUNK} bytes (at least one
 * trace): mapped in place from the page cache where the source allows it (local files), else read
 * with one positional read into a reused buffer. Each trace is handed to the visitor as (buffer,
 * position of its first header byte).
 */
final class TraceChunks {
  private TraceChunks() {}

  /** Bytes per mapped window. */
  static final int MAP_CHUNK = 1 << 20;

  interface Visitor {
    void visit(long trace, ByteBuffer buffer, int position);
  }

  static void forEach(SegyFile f, long first, long count, Visitor v) {
    SegyLayout l = f.layout();
    long tb = l.traceBytes();
    if (tb > Integer.MAX_VALUE) throw new IllegalStateException("trace larger than 2 GB");
    // mapped windows stay small (measured fastest: cache-friendly, cheap to fault in); copied
    // reads are large (few requests, which matters over http and object stores)
    boolean mapped = f.source().map(l.traceOffset(first), 0) != null;
    int perChunk = (int) Math.max(1, Math.min(count, (mapped ? MAP_CHUNK : SegyFile.READ_CHUNK) / tb));
    ByteBuffer buf = null;
    for (long t = first; t < first + count; t += perChunk) {
      int n = (int) Math.min(perChunk, first + count - t);
      int bytes = (int) (n * tb);
      f.requireInFile(l.traceOffset(t), bytes);
      // local files: read the page cache in place (saves a copy); others: one positional read
      ByteBuffer chunk = f.source().map(l.traceOffset(t), bytes);
      if (chunk == null) {
        if (buf == null || buf.capacity() < bytes) buf = ByteBuffer.allocateDirect((int) (perChunk * tb));
        buf.clear().limit(bytes);
        f.source().readFully(l.traceOffset(t), buf);
        buf.flip();
        chunk = buf;
      }
      chunk.order(l.byteOrder());
      for (int k = 0; k < n; k++) {
        v.visit(t + k, chunk, (int) (k * tb));
      }
    }
  }
}

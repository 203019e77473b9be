package dev.fathom.segy;

import dev.fathom.core.ByteSource;
import dev.fathom.segy.codec.SampleFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds out whether a SEG-Y file whose fixed-length flag (3503-3504) is 0 really has traces of
 * different lengths, and where they are (segy.md §4.6: "if 0, check whether the fixed-length
 * interpretation divides the file exactly and whether spot-checked traces agree; otherwise build
 * a trace index by walking headers").
 *
 * <p>A trace's own sample count is bytes 115-116 (uint16), or, when the trace has a rev-2
 * extension-1 block (named {@code SEG00001} in its bytes 233-240, or unnamed), that block's
 * bytes 137-140 (uint32) when non-zero.
 *
 * <p>Reads: the spot checks are a few header reads; the walk reads headers through a window that
 * grows to about 256 traces (at most the source's preferred read size), so small traces cost one
 * read per window and large ones one small read per header.
 */
final class TraceWalk {
  /** Traces spread over the file whose counts are compared, besides the first three. */
  private static final int SPOT_CHECKS = 8;
  private static final int TH = SegyLayout.TRACE_HEADER_SIZE;
  private static final byte[] EXTENSION_1 = "SEG00001".getBytes(StandardCharsets.US_ASCII);

  private final ByteSource src;
  private final long trace0;
  private final long end;
  private final SampleFormat format;
  private final int headersPerTrace;
  private final ByteOrder order;
  private final int binarySamples;
  private ByteBuffer window;
  private long windowStart = -1;
  /** The previous header the walk read: the distance to the next is a trace's size. */
  private long lastPos;

  /**
   * @param trace0 byte offset of the first trace
   * @param end byte offset where the traces end (file size less any trailer)
   * @param binarySamples the sample count the file headers declare
   */
  TraceWalk(ByteSource src, long trace0, long end, SampleFormat format, int headersPerTrace, ByteOrder order, int binarySamples) {
    this.src = src;
    this.trace0 = trace0;
    this.end = end;
    this.format = format;
    this.headersPerTrace = headersPerTrace;
    this.order = order;
    this.binarySamples = binarySamples;
  }

  /** Where a trace's own count is read, for messages. */
  String countBytes() {
    return headersPerTrace > 1 ? "bytes 115-116 or extension-1 bytes 137-140" : "bytes 115-116";
  }

  /**
   * Whether the trace headers at their fixed-length positions agree with the declared count:
   * traces 0, 1, 2, up to {@link #SPOT_CHECKS} more spread over the {@code count} complete
   * traces, and the header of a partial trace after them. A count of 0 agrees only when trace 0's
   * own count is 0 too (a writer that leaves the word unset); past trace 0, a 0 where a writer
   * fills the word means the position is not a header.
   */
  boolean spotChecksAgree(long count, long traceBytes) {
    long first = ownSamples(trace0, false);
    long[] traces = new long[3 + SPOT_CHECKS + 1];
    int k = 0;
    for (long t = 0; t < 3; t++) traces[k++] = t;
    for (int i = 0; i < SPOT_CHECKS; i++) traces[k++] = count <= 1 ? 0 : i * (count - 1) / (SPOT_CHECKS - 1);
    traces[k] = count;
    for (long t : traces) {
      long ns = ownSamples(trace0 + t * traceBytes, false);
      if (ns < 0 || ns == binarySamples) continue;
      if (ns == 0 && first == 0) continue;
      return false;
    }
    return true;
  }

  /**
   * Walks the traces by their own counts: the index when the walk ends exactly at {@code end}
   * with at least one trace holding samples, else null (the counts are junk, or a trace is cut).
   */
  TraceIndex walk() {
    long headerBytes = (long) TH * headersPerTrace;
    long[] offsets = new long[64];
    int[] counts = new int[64];
    int n = 0;
    long samples = 0;
    long pos = trace0;
    while (pos < end) {
      long ns = ownSamples(pos, true);
      if (ns < 0 || ns > Integer.MAX_VALUE - 8) return null;
      long next = pos + headerBytes + ns * format.bytesPerSample();
      if (next > end || n == Integer.MAX_VALUE - 16) return null;
      if (n + 1 == offsets.length) {
        offsets = Arrays.copyOf(offsets, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * offsets.length));
        counts = Arrays.copyOf(counts, offsets.length);
      }
      offsets[n] = pos;
      counts[n++] = (int) ns;
      samples += ns;
      pos = next;
    }
    if (n == 0 || samples == 0) return null;
    offsets[n] = pos;
    return new TraceIndex(Arrays.copyOf(offsets, n + 1), Arrays.copyOf(counts, n));
  }

  /** The own count of the trace whose first header is at {@code pos}; -1 when its headers pass the end. */
  private long ownSamples(long pos, boolean walking) {
    if (pos < trace0 || pos + (long) TH * headersPerTrace > end) return -1;
    ByteBuffer h = headers(pos, walking);
    if (headersPerTrace > 1 && isExtension1(h)) {
      long ext = h.getInt(TH + 136) & 0xFFFFFFFFL;
      if (ext != 0) return ext;
    }
    return h.getShort(114) & 0xFFFF;
  }

  /** Extension 1: the first extra block named SEG00001 in its bytes 233-240, or not named at all. */
  private static boolean isExtension1(ByteBuffer h) {
    boolean blank = true;
    boolean named = true;
    for (int i = 0; i < 8; i++) {
      byte b = h.get(TH + 232 + i);
      blank &= b == 0 || b == ' ';
      named &= b == EXTENSION_1[i];
    }
    return blank || named;
  }

  /** The headers of the trace at {@code pos}: from the walk's window, refilled as it passes, or one read. */
  private ByteBuffer headers(long pos, boolean walking) {
    int len = TH * headersPerTrace;
    if (!walking) return src.read(pos, len).order(order);
    if (windowStart < 0 || pos < windowStart || pos + len > windowStart + window.limit()) {
      long traceBytes = windowStart < 0 ? len : Math.max(len, pos - lastPos);
      long size = Math.min(end - pos, Math.max(len, Math.min(src.preferredReadSize(), 256 * traceBytes)));
      window = src.read(pos, (int) size).order(order);
      windowStart = pos;
    }
    lastPos = pos;
    return window.slice((int) (pos - windowStart), len).order(order);
  }
}

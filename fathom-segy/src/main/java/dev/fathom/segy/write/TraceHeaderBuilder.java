package dev.fathom.segy.write;

import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A mutable 240-byte standard trace header being filled for writing. Values are raw (unscaled):
 * to store a coordinate of 1234.56 m with scalar -100, set CDP_X to 123456 and
 * SourceGroupScalar to -100.
 */
public final class TraceHeaderBuilder {
  private final byte[] raw = new byte[240];
  private final ByteOrder order;

  public TraceHeaderBuilder(ByteOrder order) {
    this.order = order;
  }

  /** Sets field {@code name} (see {@link dev.fathom.segy.header.HeaderLayout#find}). */
  public TraceHeaderBuilder set(String name, long value) {
    HeaderField f = StandardLayouts.TRACE.find(name);
    if (f == null) throw new IllegalArgumentException("no trace header field " + name);
    return set(f, value);
  }

  public TraceHeaderBuilder set(HeaderField f, long value) {
    f.type().writeLong(ByteBuffer.wrap(raw), f.offset(), order, value);
    return this;
  }

  /** Clears every field to 0. */
  public TraceHeaderBuilder clear() {
    Arrays.fill(raw, (byte) 0);
    return this;
  }

  byte[] bytes() {
    return raw;
  }
}

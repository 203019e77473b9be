package dev.fathom.segy.header;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The header block(s) of one trace: the standard 240 bytes and, in rev-2 files, the extension
 * blocks that follow (the first being extension 1, "SEG00001").
 */
public final class TraceHeader extends HeaderBlock {
  private final byte[] all;

  /** @param raw 240 × headers-per-trace bytes in file order */
  public TraceHeader(byte[] raw, ByteOrder order) {
    super(Arrays.copyOf(raw, 240), order, StandardLayouts.TRACE);
    this.all = raw;
  }

  /** Number of 240-byte header blocks. */
  public int blocks() {
    return all.length / 240;
  }

  /** Header block {@code k} (0 = standard, 1 = extension 1, ...), raw bytes as in the file. */
  public HeaderBlock block(int k) {
    if (k < 0 || k >= blocks()) throw new IndexOutOfBoundsException("header block " + k + " of " + blocks());
    HeaderLayout layout = k == 1 ? StandardLayouts.TRACE_EXTENSION_1 : StandardLayouts.TRACE;
    return new HeaderBlock(Arrays.copyOfRange(all, k * 240, (k + 1) * 240), order(), layout);
  }

  /** Extension 1 (rev 2), or null when the trace has only the standard header. */
  public HeaderBlock extension1() {
    return blocks() > 1 ? block(1) : null;
  }

  /** All header bytes of the trace (a copy). */
  public byte[] allRaw() {
    return all.clone();
  }

  /**
   * Value of {@code f} with its scalar applied per segy.md §4.10 (coordinates by 71-72,
   * elevations by 69-70, times by 215-216, shot point by 201-202; only legal scalars, else 1).
   */
  public double getScaled(HeaderField f) {
    long raw = get(f);
    if (f.scaling() == Scaling.NONE) return raw;
    long s = get(StandardLayouts.TRACE.atByte(f.scaling().scalarByte()));
    return Scaling.apply(raw, s);
  }
}

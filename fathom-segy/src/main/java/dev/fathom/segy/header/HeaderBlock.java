package dev.fathom.segy.header;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The raw bytes of one header (binary file header, or a trace's 240-byte header(s)) with the
 * file's byte order, read through a {@link HeaderLayout}. Raw bytes are kept exactly as in the
 * file (not byte-swapped) so they can be written back unchanged.
 */
public class HeaderBlock {
  private final byte[] raw;
  private final ByteOrder order;
  private final HeaderLayout layout;

  public HeaderBlock(byte[] raw, ByteOrder order, HeaderLayout layout) {
    this.raw = raw;
    this.order = order;
    this.layout = layout;
  }

  /** The raw bytes in file order (a copy). */
  public byte[] raw() {
    return raw.clone();
  }

  /** Byte order of the words. */
  public ByteOrder order() {
    return order;
  }

  /** The layout the names refer to. */
  public HeaderLayout layout() {
    return layout;
  }

  /** Value of an integer field at its own byte (unscaled); IEEE64 fields truncated. */
  public long get(HeaderField f) {
    return f.type().readLong(ByteBuffer.wrap(raw), f.offset(), order);
  }

  /** Value of a field as a double (IEEE64 exact). */
  public double getDouble(HeaderField f) {
    return f.type().readDouble(ByteBuffer.wrap(raw), f.offset(), order);
  }

  /** Value of the field called {@code name} (see {@link HeaderLayout#find}). */
  public long get(String name) {
    HeaderField f = layout.find(name);
    if (f == null) throw new IllegalArgumentException("no header field " + name);
    return get(f);
  }

  /** Every field of the layout by name, unscaled. */
  public Map<String, Number> toMap() {
    Map<String, Number> m = new LinkedHashMap<>();
    for (HeaderField f : layout.fields()) {
      if (f.type() == FieldType.STRING8) continue;
      m.put(f.name(), f.type() == FieldType.IEEE64 ? (Number) getDouble(f) : (Number) get(f));
    }
    return m;
  }
}

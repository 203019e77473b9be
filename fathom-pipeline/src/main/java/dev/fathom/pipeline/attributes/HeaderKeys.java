package dev.fathom.pipeline.attributes;

import dev.fathom.segy.SegyOptions;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.Scaling;
import dev.fathom.segy.header.StandardLayouts;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.io.Serializable;

/**
 * Where the per-trace keys of the attribute table live in the 240-byte trace header (1-based
 * bytes, int32 words): inline, crossline, CDP X and CDP Y. CDP X/Y are scaled by the coordinate
 * scalar (bytes 71-72: positive multiplies, negative divides, 0 or an illegal value means 1;
 * {@link dev.fathom.segy.header.Scaling#apply}).
 */
public record HeaderKeys(int inlineByte, int crosslineByte, int cdpXByte, int cdpYByte) implements Serializable {

  /** SEG-Y rev 1 positions: inline 189, crossline 193, CDP X 181, CDP Y 185. */
  public static final HeaderKeys STANDARD = of(SegyOptions.DEFAULT);

  /** The key positions of {@code o}. */
  public static HeaderKeys of(SegyOptions o) {
    return new HeaderKeys(o.inline().byteNumber(), o.crossline().byteNumber(), o.cdpX().byteNumber(),
        o.cdpY().byteNumber());
  }

  /** Options that read the keys at these positions. */
  public SegyOptions options() {
    return SegyOptions.DEFAULT.withInlineByte(inlineByte).withCrosslineByte(crosslineByte)
        .withCdpXByte(cdpXByte).withCdpYByte(cdpYByte);
  }

  /**
   * The keys of the trace whose header starts at {@code pos} of {@code b}, read with
   * {@code fields} from {@link #fields()}, into row {@code row}.
   */
  static void read(ByteBuffer b, int pos, ByteOrder order, HeaderField[] fields, TraceRows rows, int row) {
    rows.inline[row] = (int) word(b, pos, order, fields[0]);
    rows.crossline[row] = (int) word(b, pos, order, fields[1]);
    long scalar = word(b, pos, order, fields[4]);
    rows.cdpX[row] = Scaling.apply(word(b, pos, order, fields[2]), scalar);
    rows.cdpY[row] = Scaling.apply(word(b, pos, order, fields[3]), scalar);
  }

  private static long word(ByteBuffer b, int pos, ByteOrder order, HeaderField f) {
    return f.type().readLong(b, pos + f.offset(), order);
  }

  /** The header fields of inline, crossline, CDP X, CDP Y and the coordinate scalar (in that order). */
  HeaderField[] fields() {
    SegyOptions o = options();
    return new HeaderField[] {o.inline(), o.crossline(), o.cdpX(), o.cdpY(),
        StandardLayouts.TRACE.atByte(Scaling.COORDINATE.scalarByte())};
  }
}

package dev.fathom.pipeline.attributes;

import dev.fathom.segy.SegyOptions;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.Scaling;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.io.Serializable;

/**
 * Where the per-trace keys of the attribute table live in the 240-byte trace header: inline,
 * crossline, CDP X, CDP Y and the coordinate scalar (standard: int32 words at 1-based bytes 189,
 * 193, 181, 185 and the int16 at 71; moved by the user's key bytes or a file's SEG:Layout stanza,
 * {@link SegyOptions}). CDP X/Y are scaled by the coordinate scalar (positive multiplies, negative
 * divides, 0 or an illegal value means 1; {@link dev.fathom.segy.header.Scaling#apply}).
 */
public record HeaderKeys(HeaderField inline, HeaderField crossline, HeaderField cdpX, HeaderField cdpY, HeaderField scalar)
    implements Serializable {

  /** SEG-Y rev 1 positions. */
  public static final HeaderKeys STANDARD = of(SegyOptions.DEFAULT);

  /** The key words of {@code o}. */
  public static HeaderKeys of(SegyOptions o) {
    return new HeaderKeys(o.inline(), o.crossline(), o.cdpX(), o.cdpY(), o.coordinateScalar());
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
    return new HeaderField[] {inline, crossline, cdpX, cdpY, scalar};
  }
}

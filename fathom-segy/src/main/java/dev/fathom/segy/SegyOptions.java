package dev.fathom.segy;

import dev.fathom.segy.header.FieldType;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.text.TextEncoding;
import java.nio.ByteOrder;

/**
 * What a user forces instead of letting the probe decide (segyio #390: "tell segyio the header is
 * wrong"), and where the geometry keys live. Immutable; the {@code with*} methods return copies.
 * Null means "probe it".
 */
public final class SegyOptions {
  /** Probe everything, standard key bytes. */
  public static final SegyOptions DEFAULT = new SegyOptions();

  SegyKind kind;
  ByteOrder byteOrder;
  Integer formatCode;
  Integer samples;
  Double intervalUs;
  TextEncoding encoding;
  HeaderField inline = StandardLayouts.TRACE.find("INLINE_3D");
  HeaderField crossline = StandardLayouts.TRACE.find("CROSSLINE_3D");
  HeaderField offset = StandardLayouts.TRACE.find("offset");
  HeaderField cdpX = StandardLayouts.TRACE.find("CDP_X");
  HeaderField cdpY = StandardLayouts.TRACE.find("CDP_Y");

  private SegyOptions() {}

  private SegyOptions copy() {
    SegyOptions o = new SegyOptions();
    o.kind = kind;
    o.byteOrder = byteOrder;
    o.formatCode = formatCode;
    o.samples = samples;
    o.intervalUs = intervalUs;
    o.encoding = encoding;
    o.inline = inline;
    o.crossline = crossline;
    o.offset = offset;
    o.cdpX = cdpX;
    o.cdpY = cdpY;
    return o;
  }

  public SegyOptions withKind(SegyKind v) {
    SegyOptions o = copy();
    o.kind = v;
    return o;
  }

  public SegyOptions withByteOrder(ByteOrder v) {
    SegyOptions o = copy();
    o.byteOrder = v;
    return o;
  }

  /** Forces the sample format code (binary header 3225-3226). */
  public SegyOptions withFormat(Integer code) {
    SegyOptions o = copy();
    o.formatCode = code;
    return o;
  }

  /** Forces the number of samples per trace. */
  public SegyOptions withSamples(Integer v) {
    SegyOptions o = copy();
    o.samples = v;
    return o;
  }

  /** Forces the sample interval, in microseconds (or the file's depth unit × 1000). */
  public SegyOptions withIntervalUs(Double v) {
    SegyOptions o = copy();
    o.intervalUs = v;
    return o;
  }

  public SegyOptions withEncoding(TextEncoding v) {
    SegyOptions o = copy();
    o.encoding = v;
    return o;
  }

  /** Reads the inline number as an int32 at 1-based trace header byte {@code b} (default 189). */
  public SegyOptions withInlineByte(int b) {
    SegyOptions o = copy();
    o.inline = fieldAt(b, inline);
    return o;
  }

  /** Reads the crossline number as an int32 at 1-based byte {@code b} (default 193). */
  public SegyOptions withCrosslineByte(int b) {
    SegyOptions o = copy();
    o.crossline = fieldAt(b, crossline);
    return o;
  }

  /** Reads the offset as an int32 at 1-based byte {@code b} (default 37). */
  public SegyOptions withOffsetByte(int b) {
    SegyOptions o = copy();
    o.offset = fieldAt(b, offset);
    return o;
  }

  /** Reads CDP X as an int32 scaled by bytes 71-72 at 1-based byte {@code b} (default 181). */
  public SegyOptions withCdpXByte(int b) {
    SegyOptions o = copy();
    o.cdpX = fieldAt(b, cdpX);
    return o;
  }

  /** Reads CDP Y as an int32 scaled by bytes 71-72 at 1-based byte {@code b} (default 185). */
  public SegyOptions withCdpYByte(int b) {
    SegyOptions o = copy();
    o.cdpY = fieldAt(b, cdpY);
    return o;
  }

  private static HeaderField fieldAt(int b, HeaderField standard) {
    if (b < 1 || b > 240 - FieldType.INT4.size() + 1) {
      throw new IllegalArgumentException("trace header byte must be in 1..237, got " + b);
    }
    return standard.atByte(b);
  }

  public SegyKind kind() { return kind; }
  public ByteOrder byteOrder() { return byteOrder; }
  public Integer formatCode() { return formatCode; }
  public Integer samples() { return samples; }
  public Double intervalUs() { return intervalUs; }
  public TextEncoding encoding() { return encoding; }
  public HeaderField inline() { return inline; }
  public HeaderField crossline() { return crossline; }
  public HeaderField offset() { return offset; }
  public HeaderField cdpX() { return cdpX; }
  public HeaderField cdpY() { return cdpY; }
}

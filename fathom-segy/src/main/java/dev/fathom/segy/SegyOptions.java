package dev.fathom.segy;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
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
  HeaderField coordinateScalar = StandardLayouts.TRACE.find("SourceGroupScalar");
  /**
   * Key words the user placed ({@code with*Byte}), by layout mnemonic ({@code iline, xline,
   * offset, cdp_x, cdp_y}): a file's SEG:Layout stanza does not move them.
   */
  java.util.Set<String> placedKeys = java.util.Set.of();

  private SegyOptions() {}

  /** A copy with {@code change} applied. */
  private SegyOptions with(java.util.function.Consumer<SegyOptions> change) {
    SegyOptions o = copy();
    change.accept(o);
    return o;
  }

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
    o.coordinateScalar = coordinateScalar;
    o.placedKeys = placedKeys;
    return o;
  }

  public SegyOptions withKind(SegyKind v) {
    return with(o -> o.kind = v);
  }

  public SegyOptions withByteOrder(ByteOrder v) {
    return with(o -> o.byteOrder = v);
  }

  /** Forces the sample format code (binary header 3225-3226). */
  public SegyOptions withFormat(Integer code) {
    return with(o -> o.formatCode = code);
  }

  /** Forces the number of samples per trace. */
  public SegyOptions withSamples(Integer v) {
    return with(o -> o.samples = v);
  }

  /** Forces the sample interval, in microseconds (or the file's depth unit × 1000). */
  public SegyOptions withIntervalUs(Double v) {
    return with(o -> o.intervalUs = v);
  }

  public SegyOptions withEncoding(TextEncoding v) {
    return with(o -> o.encoding = v);
  }

  /** Reads the inline number as an int32 at 1-based trace header byte {@code b} (default 189). */
  public SegyOptions withInlineByte(int b) {
    return with(o -> {
      o.inline = fieldAt(b, inline, "--inline-byte");
      o.placedKeys = plus(placedKeys, "iline");
    });
  }

  /** Reads the crossline number as an int32 at 1-based byte {@code b} (default 193). */
  public SegyOptions withCrosslineByte(int b) {
    return with(o -> {
      o.crossline = fieldAt(b, crossline, "--crossline-byte");
      o.placedKeys = plus(placedKeys, "xline");
    });
  }

  /** Reads the offset as an int32 at 1-based byte {@code b} (default 37). */
  public SegyOptions withOffsetByte(int b) {
    return with(o -> {
      o.offset = fieldAt(b, offset, "--offset-byte");
      o.placedKeys = plus(placedKeys, "offset");
    });
  }

  /** Reads CDP X as an int32 scaled by bytes 71-72 at 1-based byte {@code b} (default 181). */
  public SegyOptions withCdpXByte(int b) {
    return with(o -> {
      o.cdpX = fieldAt(b, cdpX, "--cdp-x-byte");
      o.placedKeys = plus(placedKeys, "cdp_x");
    });
  }

  /** Reads CDP Y as an int32 scaled by bytes 71-72 at 1-based byte {@code b} (default 185). */
  public SegyOptions withCdpYByte(int b) {
    return with(o -> {
      o.cdpY = fieldAt(b, cdpY, "--cdp-y-byte");
      o.placedKeys = plus(placedKeys, "cdp_y");
    });
  }

  /**
   * The key words a file's rev-2.1 SEG:Layout stanza places, by mnemonic ({@code iline, xline,
   * offset, cdp_x, cdp_y, co_scal}), except those the user placed.
   */
  public SegyOptions withLayoutKeys(java.util.Map<String, HeaderField> keys) {
    return with(o -> {
      if (!placedByUser("iline")) o.inline = keys.getOrDefault("iline", inline);
      if (!placedByUser("xline")) o.crossline = keys.getOrDefault("xline", crossline);
      if (!placedByUser("offset")) o.offset = keys.getOrDefault("offset", offset);
      if (!placedByUser("cdp_x")) o.cdpX = keys.getOrDefault("cdp_x", cdpX);
      if (!placedByUser("cdp_y")) o.cdpY = keys.getOrDefault("cdp_y", cdpY);
      o.coordinateScalar = keys.getOrDefault("co_scal", coordinateScalar);
    });
  }

  /** Whether the user placed the key word of a layout mnemonic ({@code iline, xline, offset, cdp_x, cdp_y}). */
  public boolean placedByUser(String mnemonic) {
    return placedKeys.contains(mnemonic);
  }

  /** The key word of a layout mnemonic ({@code iline, xline, offset, cdp_x, cdp_y, co_scal}). */
  public HeaderField key(String mnemonic) {
    return switch (mnemonic) {
      case "iline" -> inline;
      case "xline" -> crossline;
      case "offset" -> offset;
      case "cdp_x" -> cdpX;
      case "cdp_y" -> cdpY;
      case "co_scal" -> coordinateScalar;
      default -> throw new IllegalArgumentException("not a key word: " + mnemonic);
    };
  }

  private static java.util.Set<String> plus(java.util.Set<String> s, String key) {
    java.util.Set<String> out = new java.util.HashSet<>(s);
    out.add(key);
    return java.util.Set.copyOf(out);
  }

  private static HeaderField fieldAt(int b, HeaderField standard, String option) {
    if (b < 1 || b > 240 - FieldType.INT4.size() + 1) {
      throw new InvalidDataException(option, FathomException.NO_OFFSET,
          "a trace header byte must be in 1..237 (a 4-byte word in the 240-byte header), got " + b);
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
  /** The coordinate scalar word that scales CDP X/Y (standard: bytes 71-72). */
  public HeaderField coordinateScalar() { return coordinateScalar; }
}

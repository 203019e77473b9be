package dev.fathom.cli.segy;

import dev.fathom.segy.SegyKind;
import dev.fathom.segy.SegyOptions;
import dev.fathom.segy.text.TextEncoding;
import java.nio.ByteOrder;
import picocli.CommandLine.Option;

/** Overrides of the probe's decisions, shared by every {@code segy} verb. */
public final class ProbeOptions {
  /** Byte orders users name. */
  public enum Endian { big, little }

  @Option(names = "--endian", description = "Force the byte order: big or little.")
  Endian endian;

  @Option(names = "--format", description = "Force the sample format code (1 IBM, 2 int32, 3 int16, 5 IEEE, 6, 7, 8, 9, 10, 11, 12, 15, 16).")
  Integer format;

  @Option(names = "--samples", description = "Force the number of samples per trace.")
  Integer samples;

  @Option(names = "--interval", description = "Force the sample interval in microseconds.")
  Double interval;

  @Option(names = "--encoding", description = "Force the textual header encoding: EBCDIC or ASCII.")
  TextEncoding encoding;

  @Option(names = "--kind", description = "Force the layout: SEGY, SU or PASSCAL.")
  SegyKind kind;

  @Option(names = "--inline-byte", description = "Trace header byte of the inline number (default 189).")
  Integer inlineByte;

  @Option(names = "--crossline-byte", description = "Trace header byte of the crossline number (default 193).")
  Integer crosslineByte;

  @Option(names = "--offset-byte", description = "Trace header byte of the offset (default 37).")
  Integer offsetByte;

  @Option(names = "--cdp-x-byte", description = "Trace header byte of CDP X (default 181).")
  Integer cdpXByte;

  @Option(names = "--cdp-y-byte", description = "Trace header byte of CDP Y (default 185).")
  Integer cdpYByte;

  /** The options as the library takes them. */
  public SegyOptions toOptions() {
    SegyOptions o = SegyOptions.DEFAULT
        .withKind(kind)
        .withByteOrder(endian == null ? null : endian == Endian.big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
        .withFormat(format)
        .withSamples(samples)
        .withIntervalUs(interval)
        .withEncoding(encoding);
    if (inlineByte != null) o = o.withInlineByte(inlineByte);
    if (crosslineByte != null) o = o.withCrosslineByte(crosslineByte);
    if (offsetByte != null) o = o.withOffsetByte(offsetByte);
    if (cdpXByte != null) o = o.withCdpXByte(cdpXByte);
    if (cdpYByte != null) o = o.withCdpYByte(cdpYByte);
    return o;
  }
}

package dev.fathom.pipeline.attributes;

import dev.fathom.segy.SegyKind;
import dev.fathom.segy.SegyLayout;
import dev.fathom.segy.TraceIndex;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.text.TextEncoding;
import java.io.Serializable;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The part of a probed {@link SegyLayout} a worker needs to find and decode traces, in a form that
 * serialises (the probe's decisions and warnings stay on the driver): the driver probes once and
 * every unit opens the file with this layout, without probing again. A variable-length file's
 * {@link TraceIndex} (12 bytes per trace) travels with it.
 */
public record LayoutSpec(
    SegyKind kind,
    boolean bigEndian,
    TextEncoding textEncoding,
    int revisionMajor,
    int revisionMinor,
    SampleFormat format,
    int samples,
    double intervalUs,
    int extendedTextHeaders,
    long firstTraceOffset,
    int headersPerTrace,
    long traceCount,
    long trailerBytes,
    long danglingBytes,
    TraceIndex index)
    implements Serializable {

  /** The serialisable part of {@code l}. */
  public static LayoutSpec of(SegyLayout l) {
    return new LayoutSpec(l.kind(), l.byteOrder() == ByteOrder.BIG_ENDIAN, l.textEncoding(), l.revisionMajor(),
        l.revisionMinor(), l.format(), l.samples(), l.intervalUs(), l.extendedTextHeaders(), l.firstTraceOffset(),
        l.headersPerTrace(), l.traceCount(), l.trailerBytes(), l.danglingBytes(), l.index());
  }

  /** The layout again (no decisions, no warnings). */
  public SegyLayout toLayout() {
    return new SegyLayout(kind, bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, textEncoding,
        revisionMajor, revisionMinor, format, samples, intervalUs, extendedTextHeaders, firstTraceOffset,
        headersPerTrace, traceCount, trailerBytes, danglingBytes, List.of(), List.of(), index);
  }

  /** Bytes of one trace, headers and samples. */
  public long traceBytes() {
    return toLayout().traceBytes();
  }
}

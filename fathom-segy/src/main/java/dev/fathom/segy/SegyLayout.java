package dev.fathom.segy;

import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.text.TextEncoding;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Where everything is in an opened file, as the probe decided it: enough to find, decode and
 * bundle every trace without reading anything else.
 *
 * @param kind SEG-Y, SU or PASSCAL
 * @param byteOrder byte order of binary words and samples
 * @param textEncoding encoding of the textual headers (SEG-Y only; null otherwise)
 * @param revisionMajor byte 3501 (0 for SU/PASSCAL)
 * @param revisionMinor byte 3502
 * @param format sample format
 * @param samples samples per trace; for variable-length traces the largest count of any trace
 * @param intervalUs sample interval in microseconds (or the depth unit × 1000 for depth data)
 * @param extendedTextHeaders number of 3200-byte extended textual header records
 * @param firstTraceOffset byte offset of the first trace header
 * @param headersPerTrace 240-byte headers per trace (1 + rev-2 extensions)
 * @param traceCount number of complete traces
 * @param trailerBytes bytes of rev-2 data-trailer records after the last trace
 * @param danglingBytes bytes after the last complete trace that are not a trailer (a truncated
 *     trace), 0 normally
 * @param decisions every probe decision with its evidence
 * @param warnings things a user should know (truncation, junk words ignored)
 * @param index where each trace starts and its sample count, for variable-length traces; null
 *     when every trace has {@code samples} samples (offsets are then arithmetic)
 */
public record SegyLayout(
    SegyKind kind,
    ByteOrder byteOrder,
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
    List<Decision> decisions,
    List<String> warnings,
    TraceIndex index) {

  /** A fixed-length layout (no trace index). */
  public SegyLayout(SegyKind kind, ByteOrder byteOrder, TextEncoding textEncoding, int revisionMajor, int revisionMinor,
      SampleFormat format, int samples, double intervalUs, int extendedTextHeaders, long firstTraceOffset,
      int headersPerTrace, long traceCount, long trailerBytes, long danglingBytes, List<Decision> decisions,
      List<String> warnings) {
    this(kind, byteOrder, textEncoding, revisionMajor, revisionMinor, format, samples, intervalUs, extendedTextHeaders,
        firstTraceOffset, headersPerTrace, traceCount, trailerBytes, danglingBytes, decisions, warnings, null);
  }

  /** Size of one trace header block. */
  public static final int TRACE_HEADER_SIZE = 240;

  /** True when every trace has {@link #samples} samples (no trace index). */
  public boolean fixedLength() {
    return index == null;
  }

  /**
   * Bytes of one trace: its headers and samples; for variable-length traces, of the longest trace
   * (what a buffer for any one trace needs).
   */
  public long traceBytes() {
    return (long) TRACE_HEADER_SIZE * headersPerTrace + (long) samples * format.bytesPerSample();
  }

  /** Samples of trace {@code i}. */
  public int samples(long i) {
    return index == null ? samples : index.samples(i);
  }

  /** Bytes of one trace's samples (of the longest trace, for variable-length traces). */
  public long sampleBytes() {
    return (long) samples * format.bytesPerSample();
  }

  /**
   * Byte offset of trace {@code i}'s first header; {@code traceOffset(traceCount())} is the end of
   * the last trace.
   */
  public long traceOffset(long i) {
    return index == null ? firstTraceOffset + i * traceBytes() : index.offset(i);
  }

  /** Byte offset of trace {@code i}'s first sample. */
  public long samplesOffset(long i) {
    return traceOffset(i) + (long) TRACE_HEADER_SIZE * headersPerTrace;
  }
}

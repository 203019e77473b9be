package dev.fathom.pipeline.ingest;

import dev.fathom.core.InvalidDataException;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyLayout;
import dev.fathom.segy.codec.SampleDecoder;
import dev.fathom.segy.header.HeaderBlock;
import dev.fathom.segy.header.HeaderLayout;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.header.TraceHeader;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A DAS recording stored as SEG-Y (any variant fathom-segy reads) in distpy's layout: one trace
 * per channel, the whole file's time span in each trace (spec distpy.md §3.4).
 *
 * <ul>
 *   <li>Start time: trace 0's year, day of year, hour, minute and second (bytes 157-166), taken as
 *       UTC (distpy uses local time; its reference data were made with TZ=UTC), plus the rev-2
 *       trace header extension 1 nanoseconds (ext-1 bytes 141-144) where the file has it. Two-digit
 *       years are read as 19xx (50-99) or 20xx (1-49); year 0 means no time (chunks are then named from unix time 0, as distpy does).
 *   <li>Measured depth: distpy's rule, so chunks' depth axes equal distpy's:
 *       {@code elevation_of_receiver_group / s} with {@code s = scalar_applied_to_coordinates}, any
 *       {@code s < 1} taken as 1 (not the SEG-Y sign convention; docs/distpy-compatibility.md).
 *   <li>Samples are decoded to double, exact for every format (distpy reads IBM wrongly on LP64).
 * </ul>
 */
public final class SegyRecording implements Recording {
  private static final HeaderLayout T = StandardLayouts.TRACE;
  private final SegyFile file;
  private final long startNanos;
  private final double rate;
  private final double[] depth;
  private final java.util.List<String> notes = new java.util.ArrayList<>();

  private SegyRecording(SegyFile file) {
    this.file = file;
    SegyLayout l = file.layout();
    if (file.traceCount() < 1) {
      throw new InvalidDataException(file.name(), l.firstTraceOffset(), "no traces: nothing to ingest");
    }
    if (!l.fixedLength()) {
      throw new InvalidDataException(file.name(), 3502, "variable-length traces (" + l.index().minSamples() + " to "
          + l.index().maxSamples() + " samples): a DAS recording needs every channel to have the same samples");
    }
    if (!(l.intervalUs() > 0)) {
      throw new InvalidDataException(file.name(), 3216, "sample interval is " + l.intervalUs() + " µs; ingest needs a positive interval");
    }
    // distpy: prf = int(1e6 / interval); 333 µs gives 3003 Hz.
    this.rate = Math.floor(1e6 / l.intervalUs());
    TraceHeader first = file.traceHeader(0);
    Long start = startOf(first, 0);
    if (start == null) {
      // distpy's ingest falls back to unix time 0 when the header has no valid time
      this.startNanos = 0;
      this.notes.add(file.name() + ": trace 0 has no valid recording time in bytes 157-166; chunks are named from unix time 0, as distpy does");
      this.depth = depths(file);
      return;
    }
    this.startNanos = start;
    Long lastStart = startOf(file.traceHeader(file.traceCount() - 1), file.traceCount() - 1);
    if (lastStart != null && lastStart < startNanos) {
      throw new InvalidDataException(file.name(), l.traceOffset(file.traceCount() - 1),
          "timestamps go backwards: the last trace starts at " + Instants.format(lastStart)
              + ", before trace 0 at " + Instants.format(startNanos));
    }
    this.depth = depths(file);
  }

  private static double[] depths(SegyFile file) {
    long[][] v = file.headerValues(java.util.List.of(T.require("ReceiverGroupElevation", file.name()), T.require("SourceGroupScalar", file.name())));
    double[] d = new double[v[0].length];
    for (int i = 0; i < d.length; i++) {
      double s = v[1][i] < 1 ? 1 : v[1][i];
      d[i] = v[0][i] / s;
    }
    return d;
  }

  @Override
  public java.util.List<String> notes() {
    return java.util.List.copyOf(notes);
  }

  /** Opens a SEG-Y file (path or URI) as a recording. */
  public static SegyRecording open(String pathOrUri) {
    SegyFile f = SegyFile.open(pathOrUri);
    try {
      return new SegyRecording(f);
    } catch (RuntimeException e) {
      f.close();
      throw e;
    }
  }

  /** The trace's recording time (UTC epoch ns), or null when its header holds no valid time. */
  private Long startOf(TraceHeader h, long trace) {
    int year = (int) h.get(T.require("YearDataRecorded", file.name()));
    int day = (int) h.get(T.require("DayOfYear", file.name()));
    int hour = (int) h.get(T.require("HourOfDay", file.name()));
    int minute = (int) h.get(T.require("MinuteOfHour", file.name()));
    int second = (int) h.get(T.require("SecondOfMinute", file.name()));
    if (year > 0 && year < 50) year += 2000;
    else if (year >= 50 && year < 100) year += 1900;
    if (year < 1900 || year > 2200 || day < 1 || day > LocalDate.of(year, 1, 1).lengthOfYear()
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
      return null;
    }
    LocalDateTime t = LocalDate.ofYearDay(year, day).atTime(hour, minute, 0).plusSeconds(second);
    long nanos = t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
    if (h.blocks() > 1 && file.layout().revisionMajor() >= 2) {
      HeaderBlock ext = h.extension1();
      long ns = ext.get(StandardLayouts.TRACE_EXTENSION_1.require("NANOSEC_OF_SEC", file.name()));
      if (ns > 0 && ns < 1_000_000_000L) nanos += ns;
    }
    return nanos;
  }

  @Override
  public String name() {
    return file.name();
  }

  @Override
  public String format() {
    return "segy";
  }

  @Override
  public long startNanos() {
    return startNanos;
  }

  @Override
  public double sampleRate() {
    return rate;
  }

  @Override
  public int channels() {
    return Math.toIntExact(file.traceCount());
  }

  @Override
  public long samples() {
    return file.samples();
  }

  @Override
  public double[] measuredDepth() {
    return depth.clone();
  }

  @Override
  public int preferredChannelBlock() {
    // traces of a few MB per read
    long traceBytes = file.layout().traceBytes();
    return (int) Math.max(1, Math.min(256, (8L << 20) / Math.max(1, traceBytes)));
  }

  @Override
  public void read(int channel0, int count, long sample0, int n, double[][] out) {
    readInto(channel0, count, sample0, n, (dec, b, pos, c) -> dec.decode(b, pos, out[c], 0, n));
  }

  @Override
  public void read(int channel0, int count, long sample0, int n, float[][] out) {
    readInto(channel0, count, sample0, n, (dec, b, pos, c) -> dec.decode(b, pos, out[c], 0, n));
  }

  /** Decodes {@code n} samples of channel {@code c} (0-based in the block) starting at byte {@code pos} of {@code b}. */
  private interface RowDecoder {
    void decode(SampleDecoder dec, ByteBuffer b, int pos, int c);
  }

  private void readInto(int channel0, int count, long sample0, int n, RowDecoder rows) {
    SegyLayout l = file.layout();
    if (channel0 < 0 || count < 0 || channel0 + count > channels() || sample0 < 0 || n < 0 || sample0 + n > samples()) {
      throw new IndexOutOfBoundsException("channels " + channel0 + "+" + count + ", samples " + sample0 + "+" + n + " of " + name());
    }
    SampleDecoder dec = file.decoder();
    int bytesPer = l.format().bytesPerSample();
    int headerBytes = SegyLayout.TRACE_HEADER_SIZE * l.headersPerTrace();
    if (sample0 == 0 && n == l.samples()) {
      // whole traces: one large read per block of traces
      ByteBuffer b = file.source().read(l.traceOffset(channel0), Math.toIntExact(l.traceBytes() * count)).order(l.byteOrder());
      for (int c = 0; c < count; c++) rows.decode(dec, b, (int) (c * l.traceBytes()) + headerBytes, c);
    } else {
      for (int c = 0; c < count; c++) {
        long pos = l.samplesOffset(channel0 + c) + sample0 * bytesPer;
        rows.decode(dec, file.source().read(pos, n * bytesPer).order(l.byteOrder()), 0, c);
      }
    }
  }

  @Override
  public void close() {
    file.close();
  }

}

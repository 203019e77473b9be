package dev.fathom.segy;

import dev.fathom.core.ByteSource;
import dev.fathom.core.Sampling;
import dev.fathom.segy.codec.SampleDecoder;
import dev.fathom.segy.header.HeaderBlock;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.Scaling;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.header.TraceHeader;
import dev.fathom.segy.text.TextEncoding;
import dev.fathom.segy.text.LayoutStanza;
import dev.fathom.segy.text.TextHeader;
import java.io.Closeable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An opened SEG-Y, SU or PASSCAL file: the probe's {@link SegyLayout}, its file headers, and
 * random or sequential access to trace headers and samples through positional reads of a
 * {@link ByteSource} (local file, http(s), object store) — nothing is copied or mapped.
 *
 * <p>Samples are returned as float32 (the on-disk type for IBM/IEEE single; integers converted;
 * IEEE double rounded — use {@link #traceDoubles} for exact values). Trace indices are 0-based in
 * file order. Thread-safe for reads: each call uses its own buffers and decoder.
 */
public final class SegyFile implements Closeable {
  private final ByteSource src;
  private final SegyLayout layout;
  /** The user's options, with the key words a SEG:Layout stanza places. */
  private final SegyOptions options;
  private final List<TextHeader> textHeaders;
  private final HeaderBlock binaryHeader;
  private volatile Geometry geometry;

  private SegyFile(ByteSource src, SegyLayout layout, SegyOptions options, boolean readLayoutStanza) {
    this.src = src;
    if (layout.kind() == SegyKind.SEGY) {
      List<TextHeader> t = new ArrayList<>();
      int records = 1 + layout.extendedTextHeaders();
      for (int k = 0; k < records; k++) {
        long pos = k == 0 ? 0 : 3600 + (long) (k - 1) * TextHeader.SIZE;
        byte[] b = new byte[TextHeader.SIZE];
        src.read(pos, TextHeader.SIZE).get(b);
        // extended records are scored one by one: files mix an EBCDIC card header with ASCII stanzas
        boolean forced = options.encoding() != null;
        t.add(new TextHeader(b, k == 0 || forced ? layout.textEncoding() : TextEncoding.detect(b, 0, b.length)));
      }
      this.textHeaders = Collections.unmodifiableList(t);
      byte[] bin = new byte[400];
      src.read(3200, 400).get(bin);
      this.binaryHeader = new HeaderBlock(bin, layout.byteOrder(), StandardLayouts.BINARY);
    } else {
      this.textHeaders = List.of();
      this.binaryHeader = null;
    }
    LayoutStanza stanza = readLayoutStanza && textHeaders.size() > 1 ? LayoutStanza.of(textHeaders.subList(1, textHeaders.size())) : null;
    this.options = stanza == null ? options : options.withLayoutKeys(stanza.keys());
    this.layout = stanza == null ? layout : noting(layout, stanza, this.options);
  }

  /** {@code l} with a decision per key word the stanza placed and its warnings. */
  private static SegyLayout noting(SegyLayout l, LayoutStanza stanza, SegyOptions used) {
    if (stanza.keys().isEmpty() && stanza.warnings().isEmpty()) return l;
    List<Decision> decisions = new ArrayList<>(l.decisions());
    for (String k : LayoutStanza.KEYS) {
      HeaderField f = stanza.keys().get(k);
      if (f == null) continue;
      HeaderField u = used.key(k);
      decisions.add(new Decision(k, "byte " + u.byteNumber() + " " + u.type().name().toLowerCase(java.util.Locale.ROOT),
          used.placedByUser(k) ? "given (the SEG:Layout stanza says byte " + f.byteNumber() + ")" : "SEG:Layout stanza"));
    }
    List<String> warnings = new ArrayList<>(l.warnings());
    warnings.addAll(stanza.warnings());
    return new SegyLayout(l.kind(), l.byteOrder(), l.textEncoding(), l.revisionMajor(), l.revisionMinor(), l.format(),
        l.samples(), l.intervalUs(), l.extendedTextHeaders(), l.firstTraceOffset(), l.headersPerTrace(), l.traceCount(),
        l.trailerBytes(), l.danglingBytes(), List.copyOf(decisions), List.copyOf(warnings), l.index());
  }

  /** Opens a path or URL, probing everything. */
  public static SegyFile open(String pathOrUri) {
    return open(pathOrUri, SegyOptions.DEFAULT);
  }

  /** Opens a path or URL with overrides. */
  public static SegyFile open(String pathOrUri, SegyOptions options) {
    ByteSource s = ByteSource.open(pathOrUri);
    try {
      return open(s, options);
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** Opens an already open source (closed with this file). */
  public static SegyFile open(ByteSource src, SegyOptions options) {
    return new SegyFile(src, SegyProbe.probe(src, options), options, true);
  }

  /** Opens a source with a layout already known (e.g. sent to a worker): no probing. */
  public static SegyFile open(ByteSource src, SegyLayout layout, SegyOptions options) {
    return new SegyFile(src, layout, options, false);
  }

  public String name() {
    return src.name();
  }

  public ByteSource source() {
    return src;
  }

  public SegyLayout layout() {
    return layout;
  }

  public SegyOptions options() {
    return options;
  }

  public long traceCount() {
    return layout.traceCount();
  }

  /** Samples per trace (of the longest trace when trace lengths vary: see {@link #samples(long)}). */
  public int samples() {
    return layout.samples();
  }

  /** Samples of trace {@code i}. */
  public int samples(long i) {
    return layout.samples(i);
  }

  /** True when every trace has {@link #samples()} samples. */
  public boolean fixedLength() {
    return layout.fixedLength();
  }

  /** The textual header and the extended ones (empty for SU/PASSCAL). */
  public List<TextHeader> textHeaders() {
    return textHeaders;
  }

  /** The 400-byte binary header, or null for SU/PASSCAL. */
  public HeaderBlock binaryHeader() {
    return binaryHeader;
  }

  /**
   * The sample axis: first = delay recording time of trace 0 (bytes 109-110, scaled by 215-216
   * when that is a legal scalar), delta = interval, both in milliseconds (or depth units for
   * depth data, whose interval SEG-Y stores × 1000). With variable-length traces its count is the
   * longest trace's; trace {@code i} has the first {@link #samples(long)} of it.
   */
  public Sampling sampling() {
    double t0 = 0;
    if (traceCount() > 0) {
      TraceHeader h = traceHeader(0);
      HeaderField delay = StandardLayouts.TRACE.find("DelayRecordingTime");
      t0 = Scaling.apply(h.get(delay), h.get(StandardLayouts.TRACE.find("ScalarTraceHeader")));
    }
    return new Sampling(layout.samples(), layout.intervalUs() / 1000.0, t0);
  }

  // ---------------------------------------------------------------------------------------------
  // headers

  /** The header block(s) of trace {@code i}. */
  public TraceHeader traceHeader(long i) {
    checkTrace(i, 1);
    int n = SegyLayout.TRACE_HEADER_SIZE * layout.headersPerTrace();
    byte[] b = new byte[n];
    src.read(layout.traceOffset(i), n).get(b);
    return new TraceHeader(b, layout.byteOrder());
  }

  /**
   * One header word for every trace (segyio's {@code attributes}), unscaled, in trace order.
   * One pass over the trace headers.
   */
  public long[] headerValues(HeaderField f) {
    return headerValues(List.of(f))[0];
  }

  /** Several header words for every trace in one pass: result[k][trace] for field k. */
  public long[][] headerValues(List<HeaderField> fields) {
    long n = traceCount();
    if (n > Integer.MAX_VALUE) throw new IllegalStateException("too many traces for one array: " + n);
    long[][] out = new long[fields.size()][(int) n];
    HeaderScan.scan(this, 0, n, (trace, header, pos) -> {
      for (int k = 0; k < fields.size(); k++) {
        HeaderField f = fields.get(k);
        out[k][(int) trace] = f.type().readLong(header, pos + f.offset(), layout.byteOrder());
      }
    });
    return out;
  }

  /**
   * The scalar word that scales {@code f} (segy.md §4.10): for coordinates the coordinate scalar
   * where the user or a SEG:Layout stanza placed it (standard: 71-72), for the others their
   * standard scalar bytes; for an unscaled field, bytes 71-72 (not applied).
   */
  public HeaderField scalarOf(HeaderField f) {
    if (f.scaling() == Scaling.COORDINATE) return options.coordinateScalar();
    return StandardLayouts.TRACE.atByte(f.scaling() == Scaling.NONE ? Scaling.COORDINATE.scalarByte() : f.scaling().scalarByte());
  }

  /** One header word for every trace with its scalar applied (segy.md §4.10). */
  public double[] scaledHeaderValues(HeaderField f) {
    if (f.scaling() == Scaling.NONE) {
      long[] v = headerValues(f);
      double[] d = new double[v.length];
      for (int i = 0; i < v.length; i++) d[i] = v[i];
      return d;
    }
    long[][] v = headerValues(List.of(f, scalarOf(f)));
    double[] d = new double[v[0].length];
    for (int i = 0; i < d.length; i++) d[i] = Scaling.apply(v[0][i], v[1][i]);
    return d;
  }

  // ---------------------------------------------------------------------------------------------
  // samples

  /** The samples of trace {@code i}. */
  public float[] trace(long i) {
    return traces(i, 1)[0];
  }

  /** The samples of trace {@code i} as doubles (exact for every format). */
  public double[] traceDoubles(long i) {
    checkTrace(i, 1);
    int n = layout.samples(i);
    ByteBuffer b = src.read(layout.samplesOffset(i), n * layout.format().bytesPerSample()).order(layout.byteOrder());
    return decoder().decodeDoubles(b, 0, n);
  }

  /**
   * The samples of traces {@code first .. first+count-1} (the fast path: large reads, one decode
   * loop per trace), as {@code [trace][sample]}; each row as long as its trace.
   */
  public float[][] traces(long first, int count) {
    checkTrace(first, count);
    float[][] out = new float[count][];
    for (int k = 0; k < count; k++) out[k] = new float[layout.samples(first + k)];
    readTraces(first, count, out, null);
    return out;
  }

  /**
   * Reads traces {@code first .. first+count-1} into {@code out[0..count-1]} (each at least
   * {@code samples(trace)} long) and, if {@code headers} is not null, their standard headers into
   * {@code headers[k]} (240 bytes each).
   */
  public void readTraces(long first, int count, float[][] out, byte[][] headers) {
    checkTrace(first, count);
    SampleDecoder dec = decoder();
    TraceChunks.forEach(this, first, count, (trace, buf, pos) -> {
      int k = (int) (trace - first);
      int dataPos = pos + SegyLayout.TRACE_HEADER_SIZE * layout.headersPerTrace();
      dec.decode(buf, dataPos, out[k], 0, layout.samples(trace));
      if (headers != null) {
        buf.get(pos, headers[k], 0, SegyLayout.TRACE_HEADER_SIZE);
      }
    });
  }

  /** A new decoder for this file's format and byte order (one per thread). */
  public SampleDecoder decoder() {
    return SampleDecoder.of(layout.format(), layout.byteOrder());
  }

  // ---------------------------------------------------------------------------------------------
  // geometry and bundles

  /** The geometry from one scan of the key header words (cached). */
  public Geometry geometry() {
    Geometry g = geometry;
    if (g == null) {
      g = Geometry.infer(this, options.inline(), options.crossline(), options.offset());
      geometry = g;
    }
    return g;
  }

  /** This file split into {@code n} byte ranges of whole traces (fewer if there are fewer traces). */
  public List<TraceBundle> bundles(int n) {
    return TraceBundle.split(layout, n);
  }

  void checkTrace(long first, long count) {
    if (first < 0 || count < 0 || first + count > traceCount()) {
      throw new IndexOutOfBoundsException(
          "traces " + first + ".." + (first + count - 1) + " outside 0.." + (traceCount() - 1) + " of " + name());
    }
  }

  @Override
  public void close() {
    src.close();
  }
}

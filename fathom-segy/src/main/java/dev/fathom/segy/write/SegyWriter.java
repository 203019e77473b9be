package dev.fathom.segy.write;

import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import dev.fathom.segy.codec.SampleEncoder;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.text.TextEncoding;
import dev.fathom.segy.text.TextHeader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes SEG-Y rev 1 or rev 2 files, fixed trace length, any sample format and byte order.
 * Headers and samples are written sequentially (never scattered: segyio's sparse-file pitfall,
 * segy.md §1.8) to a temporary file next to the target, renamed into place by {@link #close()}
 * (a reader never sees a half-written file).
 *
 * <p>Rev 1: bytes 3501-3502 = 0x0100, fixed-length flag 1; little-endian rev-1 files are written
 * as many PC programs do (all words little-endian). Rev 2: revision bytes 2, 0, the byte-order
 * constant 0x01020304 at 3297, first-trace offset at 3521 and the trace count at 3513; more than
 * 65535 samples go to 3269-3272. Each trace header gets TRACE_SEQUENCE_LINE/FILE (1-based),
 * sample count (115-116, 0 when it does not fit) and interval (117-118) filled in.
 */
public final class SegyWriter implements Closeable {
  private final Path target;
  private final Path temp;
  private final FileChannel out;
  private final Spec spec;
  private final SampleEncoder encoder;
  private final ByteBuffer traceBuf;
  private long traces;
  private boolean closed;

  /**
   * What to write.
   *
   * @param revision 1 or 2
   * @param format sample format
   * @param byteOrder byte order of every binary word and sample
   * @param samples samples per trace
   * @param intervalUs sample interval in microseconds (integral below 32768 µs, else rev 2)
   * @param text textual header (null: a standard one)
   * @param binaryFields extra binary header words (field, value), may be empty
   */
  public record Spec(
      int revision,
      SampleFormat format,
      ByteOrder byteOrder,
      int samples,
      double intervalUs,
      TextHeader text,
      List<Object[]> binaryFields) {
    public Spec {
      if (revision != 1 && revision != 2) throw new IllegalArgumentException("revision must be 1 or 2: " + revision);
      if (samples < 1) throw new IllegalArgumentException("samples must be positive: " + samples);
      if (samples > 65535 && revision < 2) throw new IllegalArgumentException("more than 65535 samples need rev 2");
      if (!(intervalUs > 0) || Double.isInfinite(intervalUs)) {
        throw new IllegalArgumentException("interval must be positive: " + intervalUs);
      }
      if (revision < 2 && (intervalUs != Math.rint(intervalUs) || intervalUs > Short.MAX_VALUE)) {
        throw new IllegalArgumentException("rev 1 stores whole microseconds up to 32767 in bytes 3217-3218: " + intervalUs + " needs rev 2");
      }
      binaryFields = binaryFields == null ? List.of() : List.copyOf(binaryFields);
    }

    /** A spec with a standard text header and no extra binary words. */
    public static Spec of(int revision, SampleFormat format, ByteOrder order, int samples, double intervalUs) {
      return new Spec(revision, format, order, samples, intervalUs, null, new ArrayList<>());
    }
  }

  private SegyWriter(Path target, Spec spec) {
    this.target = target.toAbsolutePath();
    this.spec = spec;
    this.encoder = SampleEncoder.of(spec.format(), spec.byteOrder());
    long tb = 240L + (long) spec.samples() * spec.format().bytesPerSample();
    this.traceBuf = ByteBuffer.allocate((int) tb);
    try {
      Path dir = this.target.getParent();
      Files.createDirectories(dir);
      // not Files.createTempFile: its 0600 permissions would stick to the renamed file
      this.temp = dir.resolve("." + this.target.getFileName() + "." + System.nanoTime() + ".part");
      this.out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
      try {
        writeFileHeaders();
      } catch (IOException | RuntimeException e) {
        abort();
        throw e;
      }
    } catch (IOException e) {
      throw new SourceAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: " + e.getMessage(), e);
    }
  }

  /** Starts writing {@code target} (replaced atomically when closed). */
  public static SegyWriter create(Path target, Spec spec) {
    return new SegyWriter(target, spec);
  }

  /** A standard 40-line textual header naming the revision. */
  public static TextHeader standardText(int revision, String... lines) {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String body = i < lines.length ? lines[i] : "";
      if (i == 38) body = revision == 2 ? "SEG-Y_REV2.0" : "SEG Y REV1";
      if (i == 39) body = "END TEXTUAL HEADER";
      l.add(String.format(Locale.ROOT, "C%2d %s", i + 1, body));
    }
    return TextHeader.ofLines(l, TextEncoding.EBCDIC);
  }

  private void writeFileHeaders() throws IOException {
    TextHeader text = spec.text() != null ? spec.text() : standardText(spec.revision(), "written by Fathom");
    ByteBuffer h = ByteBuffer.allocate(3600);
    h.put(text.raw());
    bin(h, "Interval", spec.intervalUs() < 32768 ? Math.round(spec.intervalUs()) : 0);
    bin(h, "Samples", spec.samples() <= 65535 ? spec.samples() : 0);
    bin(h, "Format", spec.format().code());
    bin(h, "TraceFlag", 1);
    if (spec.revision() == 2) {
      h.put(3500, (byte) 2);
      h.put(3501, (byte) 0);
      h.order(ByteOrder.BIG_ENDIAN);
      ByteBuffer c = ByteBuffer.allocate(4).order(spec.byteOrder()).putInt(0, 0x01020304);
      h.put(3296, c.array());
      bin(h, "FirstTraceOffset", 3600);
      if (spec.samples() > 65535) bin(h, "ExtSamples", spec.samples());
      if (spec.intervalUs() != Math.rint(spec.intervalUs()) || spec.intervalUs() >= 32768) {
        field("ExtInterval").type().writeDouble(h, field("ExtInterval").offset() + 3200, spec.byteOrder(), spec.intervalUs());
      }
    } else {
      h.put(3500, (byte) 1);
      h.put(3501, (byte) 0);
    }
    for (Object[] fv : spec.binaryFields()) {
      bin(h, (String) fv[0], ((Number) fv[1]).longValue());
    }
    h.clear();
    while (h.hasRemaining()) out.write(h);
  }

  private static HeaderField field(String name) {
    HeaderField f = StandardLayouts.BINARY.find(name);
    if (f == null) throw new IllegalArgumentException("no binary header field " + name);
    return f;
  }

  private void bin(ByteBuffer h, String name, long v) {
    HeaderField f = field(name);
    f.type().writeLong(h, f.offset() + 3200, spec.byteOrder(), v);
  }

  /** A header builder in this file's byte order. */
  public TraceHeaderBuilder header() {
    return new TraceHeaderBuilder(spec.byteOrder());
  }

  /** Appends one trace: its header (sequence numbers, count, interval filled in) and samples. */
  public void write(TraceHeaderBuilder header, float[] samples) {
    write(header, samples.length, () -> encoder.encode(samples, 0, spec.samples(), traceBuf, 240));
  }

  /** Appends one trace from doubles (exact for 64-bit formats). */
  public void write(TraceHeaderBuilder header, double[] samples) {
    write(header, samples.length, () -> encoder.encode(samples, 0, spec.samples(), traceBuf, 240));
  }

  private void write(TraceHeaderBuilder header, int n, Runnable encodeSamples) {
    check(n);
    fill(header);
    traceBuf.clear();
    traceBuf.put(header.bytes());
    encodeSamples.run();
    flush();
  }

  private void check(int n) {
    if (closed) throw new IllegalStateException("writer closed");
    if (n != spec.samples()) throw new IllegalArgumentException("trace has " + n + " samples, the file has " + spec.samples());
  }

  private void fill(TraceHeaderBuilder h) {
    h.set("TRACE_SEQUENCE_LINE", traces + 1);
    h.set("TRACE_SEQUENCE_FILE", traces + 1);
    h.set("TRACE_SAMPLE_COUNT", spec.samples() <= 65535 ? spec.samples() : 0);
    h.set("TRACE_SAMPLE_INTERVAL", spec.intervalUs() < 32768 ? Math.round(spec.intervalUs()) : 0);
  }

  private void flush() {
    traceBuf.clear();
    try {
      while (traceBuf.hasRemaining()) out.write(traceBuf);
    } catch (IOException e) {
      throw new SourceAccessException(target.toString(), FathomException.NO_OFFSET, "write failed: " + e.getMessage(), e);
    }
    traces++;
  }

  /** Traces written so far. */
  public long traceCount() {
    return traces;
  }

  /** Finishes the file and renames it into place. */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    try {
      if (spec.revision() == 2) {
        ByteBuffer n = ByteBuffer.allocate(8);
        field("NrTracesInStream").type().writeLong(n, 0, spec.byteOrder(), traces);
        out.write(n, field("NrTracesInStream").offset() + 3200);
      }
      out.force(false);
      out.close();
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new SourceAccessException(target.toString(), FathomException.NO_OFFSET, "cannot finish: " + e.getMessage(), e);
    }
  }

  /** Abandons the file: the temporary is deleted, the target untouched. */
  public void abort() {
    closed = true;
    try {
      out.close();
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // best effort
    }
  }
}

package dev.fathom.pipeline.attributes;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.pipeline.run.Job;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyLayout;
import dev.fathom.segy.TraceBundle;
import dev.fathom.segy.codec.SampleDecoder;
import dev.fathom.segy.header.HeaderField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Per-trace attributes of a SEG-Y/SU file, one {@link BundleUnit} (a byte range of whole traces)
 * per unit: each unit opens the source by its path or URI ({@link ByteSource#open(String)}: file,
 * http(s), s3), reads only its range, and returns per trace its index, inline, crossline, CDP X/Y
 * (coordinate scalar applied), a dead flag (every sample zero: flagged, not dropped) and the
 * {@link TraceReducer}'s values. The driver probes the file headers once ({@link #create});
 * {@link #plan} reads nothing.
 *
 * <p>Memory per unit in flight: the source's read buffer (1-8 MiB) and one batch of decoded traces
 * ({@link TraceReducer#batchTraces}: a few traces for statistics, the whole bundle for a graph).
 */
public final class AttributesJob implements Job<BundleUnit, TraceRows> {
  private static final long serialVersionUID = 1L;
  /** Bundle size the default bundle count aims at on the local runner (tens of ms per bundle). */
  public static final long TARGET_BUNDLE_BYTES = 64L << 20;
  /**
   * Bundle size the default aims at on Spark: 256 MiB, about 0.1 s of work per task on cached data
   * and seconds from object storage, so that Spark's fixed cost per task (launch, task and result
   * serialisation, a round trip to the driver; several ms) stays a few percent of the task.
   */
  public static final long SPARK_BUNDLE_BYTES = 256L << 20;

  private final String source;
  private final LayoutSpec layout;
  private final HeaderKeys keys;
  private final TraceReducer reducer;
  private final int bundles;

  private AttributesJob(String source, LayoutSpec layout, HeaderKeys keys, TraceReducer reducer, int bundles) {
    this.source = source;
    this.layout = layout;
    this.keys = keys;
    this.reducer = reducer;
    this.bundles = bundles;
  }

  /**
   * A job over {@code source} with the layout of {@code file} (already opened and probed on the
   * driver).
   *
   * @param source the path or URI every worker opens
   * @param bundles number of units, at least 1 (fewer when the file has fewer traces)
   */
  public static AttributesJob create(String source, SegyFile file, TraceReducer reducer, int bundles) {
    if (bundles < 1) {
      throw new InvalidDataException("--bundles", FathomException.NO_OFFSET, "must be at least 1, got " + bundles);
    }
    if (file.traceCount() == 0) {
      throw new InvalidDataException(file.name(), file.layout().firstTraceOffset(), "no complete trace in the file");
    }
    return new AttributesJob(source, LayoutSpec.of(file.layout()), HeaderKeys.of(file.options()), reducer, bundles);
  }

  /**
   * A bundle count for a file of {@code bytes}: about {@link #TARGET_BUNDLE_BYTES} per bundle and
   * at least four per worker thread, so work spreads evenly.
   */
  public static int defaultBundles(long bytes, int parallelism) {
    return defaultBundles(bytes, parallelism, TARGET_BUNDLE_BYTES);
  }

  /**
   * A bundle count for a file of {@code bytes}: about {@code targetBytes} per bundle and at least
   * four per worker thread (or task slot), so work spreads evenly.
   */
  public static int defaultBundles(long bytes, int parallelism, long targetBytes) {
    long bySize = (bytes + targetBytes - 1) / targetBytes;
    return (int) Math.min(1_000_000, Math.max(4L * Math.max(1, parallelism), bySize));
  }

  public String source() {
    return source;
  }

  public LayoutSpec layout() {
    return layout;
  }

  public TraceReducer reducer() {
    return reducer;
  }

  @Override
  public String name() {
    return "attributes";
  }

  @Override
  public List<BundleUnit> plan() {
    return TraceBundle.split(layout.toLayout(), bundles).stream().map(BundleUnit::of).toList();
  }

  @Override
  public long inputBytes(BundleUnit unit) {
    return unit.bytes();
  }

  /**
   * Reads the unit's range in large positional reads (the source's preferred size: 1 MiB local, 8
   * MiB remote) into one buffer; per read, decodes its traces in groups of
   * {@link TraceReducer#batchTraces} (a few traces for statistics, so decoded samples are still in
   * cache when reduced; the whole bundle for a graph) and reads their keys straight from the buffer.
   */
  @Override
  public TraceRows runUnit(BundleUnit unit) {
    SegyLayout l = layout.toLayout();
    int samples = l.samples();
    double rateHz = 1e6 / l.intervalUs();
    int count = unit.traceCount();
    TraceRows rows = new TraceRows(count, reducer.columns().size());
    int batch = (int) Math.min(count, Math.max(1, reducer.batchTraces(samples)));
    float[][] traces = new float[batch][samples];
    HeaderField[] fields = keys.fields();
    ByteOrder order = l.byteOrder();
    long traceBytes = l.traceBytes();
    int headerBytes = SegyLayout.TRACE_HEADER_SIZE * l.headersPerTrace();
    try (ByteSource src = ByteSource.open(source)) {
      SampleDecoder dec = SampleDecoder.of(l.format(), order);
      int perRead = (int) Math.max(1, Math.min(count, src.preferredReadSize() / traceBytes));
      ByteBuffer buf = ByteBuffer.allocateDirect(Math.toIntExact(perRead * traceBytes)).order(order);
      int filled = 0; // traces decoded into traces[] and not yet reduced
      for (int done = 0; done < count; done += perRead) {
        int n = Math.min(perRead, count - done);
        long first = unit.firstTrace() + done;
        long at = l.traceOffset(first);
        if (at + n * traceBytes > src.size()) {
          throw new InvalidDataException(source, at, "needs " + n * traceBytes + " bytes of traces, the source has "
              + (src.size() - at));
        }
        buf.clear().limit((int) (n * traceBytes));
        src.readFully(at, buf);
        for (int k = 0; k < n; k++) {
          int pos = (int) (k * traceBytes);
          int row = done + k;
          rows.trace[row] = first + k;
          HeaderKeys.read(buf, pos, order, fields, rows, row);
          float[] x = traces[filled++];
          dec.decode(buf, pos + headerBytes, x, 0, samples);
          rows.dead[row] = allZero(x, samples);
          if (filled == batch || row == count - 1) {
            reducer.reduce(traces, filled, samples, rateHz, unit.firstTrace() + row + 1 - filled, rows.values, row + 1 - filled);
            filled = 0;
          }
        }
      }
    }
    return rows;
  }

  /** True when every sample is zero (either sign): a dead trace. */
  static boolean allZero(float[] x, int n) {
    for (int i = 0; i < n; i++) {
      if (x[i] != 0) return false;
    }
    return true;
  }

  @Override
  public String describe(BundleUnit unit) {
    return source + " " + unit;
  }
}

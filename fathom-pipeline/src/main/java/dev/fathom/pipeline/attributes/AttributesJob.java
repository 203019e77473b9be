package dev.fathom.pipeline.attributes;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.pipeline.run.Job;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyLayout;
import dev.fathom.segy.TraceBundle;
import dev.fathom.segy.TraceChunks;
import dev.fathom.segy.codec.SampleDecoder;
import dev.fathom.segy.header.HeaderField;
import java.nio.ByteBuffer;
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
   * MiB remote; {@link TraceChunks}); decodes its traces in groups of
   * {@link TraceReducer#batchTraces} (a few traces for statistics, so decoded samples are still in
   * cache when reduced; the whole bundle for a graph) and reads their keys straight from the
   * buffer. Variable-length traces are reduced in runs of equal length (a group ends where the
   * sample count changes).
   */
  @Override
  public TraceRows runUnit(BundleUnit unit) {
    SegyLayout l = layout.toLayout();
    TraceRows rows = new TraceRows(unit.traceCount(), reducer.columns().size());
    try (ByteSource src = ByteSource.open(source)) {
      src.limitReadAhead(l.traceOffset(unit.firstTrace() + unit.traceCount())); // this source reads one bundle
      Batches b = new Batches(l, unit, rows);
      TraceChunks.forEach(src, l, unit.firstTrace(), unit.traceCount(), b::add);
      b.flush();
    }
    return rows;
  }

  /** Decodes traces into a batch and hands full batches (or runs of one length) to the reducer. */
  private final class Batches {
    private final SegyLayout l;
    private final BundleUnit unit;
    private final TraceRows rows;
    private final SampleDecoder dec;
    private final HeaderField[] fields = keys.fields();
    private final int headerBytes;
    private final double rateHz;
    private final float[][] traces;
    private int filled; // traces decoded into traces[] and not yet reduced
    private int samples; // samples of each trace in traces[0..filled-1]
    private int added; // traces added so far

    Batches(SegyLayout l, BundleUnit unit, TraceRows rows) {
      this.l = l;
      this.unit = unit;
      this.rows = rows;
      this.dec = SampleDecoder.of(l.format(), l.byteOrder());
      this.headerBytes = SegyLayout.TRACE_HEADER_SIZE * l.headersPerTrace();
      this.rateHz = 1e6 / l.intervalUs();
      int batch = (int) Math.min(unit.traceCount(), Math.max(1, reducer.batchTraces(l.samples())));
      this.traces = new float[batch][l.samples()];
    }

    void add(long trace, ByteBuffer buf, int pos) {
      int n = l.samples(trace);
      if (filled > 0 && n != samples) flush();
      int row = (int) (trace - unit.firstTrace());
      rows.trace[row] = trace;
      HeaderKeys.read(buf, pos, l.byteOrder(), fields, rows, row);
      float[] x = traces[filled++];
      dec.decode(buf, pos + headerBytes, x, 0, n);
      rows.dead[row] = allZero(x, n);
      samples = n;
      added++;
      if (filled == traces.length) flush();
    }

    void flush() {
      if (filled == 0) return;
      int offset = added - filled; // rows are in trace order from the unit's first trace
      reducer.reduce(traces, filled, samples, rateHz, unit.firstTrace() + offset, rows.values, offset);
      filled = 0;
    }
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

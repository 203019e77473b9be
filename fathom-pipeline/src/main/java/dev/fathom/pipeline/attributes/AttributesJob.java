package dev.fathom.pipeline.attributes;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.pipeline.run.Job;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyLayout;
import dev.fathom.segy.SegyOptions;
import dev.fathom.segy.TraceBundle;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.TraceHeader;
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
 * <p>Memory per unit in flight: one batch of decoded traces ({@link TraceReducer#batchTraces}:
 * about 1 MB for statistics, the whole bundle for a graph) plus the source's read buffer.
 */
public final class AttributesJob implements Job<BundleUnit, TraceRows> {
  private static final long serialVersionUID = 1L;
  /** Bundle size the default bundle count aims at. */
  public static final long TARGET_BUNDLE_BYTES = 64L << 20;

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
    long bySize = (bytes + TARGET_BUNDLE_BYTES - 1) / TARGET_BUNDLE_BYTES;
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

  @Override
  public TraceRows runUnit(BundleUnit unit) {
    SegyLayout l = layout.toLayout();
    int samples = l.samples();
    double rateHz = 1e6 / l.intervalUs();
    TraceRows rows = new TraceRows(unit.traceCount(), reducer.columns().size());
    int batch = (int) Math.min(unit.traceCount(), Math.max(1, reducer.batchTraces(samples)));
    float[][] traces = new float[batch][samples];
    byte[][] headers = new byte[batch][SegyLayout.TRACE_HEADER_SIZE];
    HeaderField[] fields = keys.fields();
    ByteOrder order = l.byteOrder();
    try (SegyFile f = SegyFile.open(ByteSource.open(source), l, SegyOptions.DEFAULT)) {
      for (int done = 0; done < unit.traceCount(); done += batch) {
        int n = Math.min(batch, unit.traceCount() - done);
        long first = unit.firstTrace() + done;
        f.readTraces(first, n, traces, headers);
        for (int i = 0; i < n; i++) {
          int row = done + i;
          rows.trace[row] = first + i;
          HeaderKeys.read(new TraceHeader(headers[i], order), fields, rows, row);
          rows.dead[row] = allZero(traces[i], samples);
        }
        reducer.reduce(traces, n, samples, rateHz, first, rows.values, done);
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

package dev.fathom.pipeline.attributes;

import dev.fathom.segy.codec.TraceStats;
import java.util.List;

/** The chosen {@link Attribute}s of every trace, trace by trace. */
public final class StatsReducer implements TraceReducer {
  private static final long serialVersionUID = 1L;
  /**
   * Bytes of float32 samples per batch: the traces of one batch are decoded, then reduced, so a
   * batch should stay in the L1/L2 cache between the two.
   */
  private static final int BATCH_BYTES = 32 << 10;

  private final List<Attribute> attributes;

  public StatsReducer(List<Attribute> attributes) {
    if (attributes.isEmpty()) throw new IllegalArgumentException("no attributes");
    this.attributes = List.copyOf(attributes);
  }

  public List<Attribute> attributes() {
    return attributes;
  }

  @Override
  public List<String> columns() {
    return attributes.stream().map(Attribute::column).toList();
  }

  @Override
  public int batchTraces(int samples) {
    return Math.max(1, BATCH_BYTES / (4 * Math.max(1, samples)));
  }

  @Override
  public void reduce(float[][] traces, int n, int samples, double sampleRateHz, long first, double[][] out, int offset) {
    TraceStats s = new TraceStats();
    boolean stats = attributes.stream().anyMatch(a -> a != Attribute.MEAN_ABS); // mean_abs alone: one cheap pass
    for (int i = 0; i < n; i++) {
      float[] x = traces[i];
      if (stats) s.reset().add(x, 0, samples);
      for (int c = 0; c < attributes.size(); c++) out[c][offset + i] = attributes.get(c).of(s, x, samples);
    }
  }
}

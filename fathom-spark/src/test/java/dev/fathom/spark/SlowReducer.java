package dev.fathom.spark;

import dev.fathom.pipeline.attributes.StatsReducer;
import dev.fathom.pipeline.attributes.TraceReducer;
import java.util.List;

/** A {@link StatsReducer} that also sleeps per batch, so a test can kill an executor mid-job. */
final class SlowReducer implements TraceReducer {
  private final StatsReducer inner;
  private final long sleepMs;

  SlowReducer(StatsReducer inner, long sleepMs) {
    this.inner = inner;
    this.sleepMs = sleepMs;
  }

  @Override
  public List<String> columns() {
    return inner.columns();
  }

  @Override
  public int batchTraces(int samples) {
    return inner.batchTraces(samples);
  }

  @Override
  public void reduce(float[][] traces, int n, int samples, double rateHz, long first, double[][] out, int offset) {
    try {
      Thread.sleep(sleepMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    inner.reduce(traces, n, samples, rateHz, first, out, offset);
  }
}

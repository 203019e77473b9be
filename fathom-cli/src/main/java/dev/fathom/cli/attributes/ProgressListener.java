package dev.fathom.cli.attributes;

import dev.fathom.cli.Progress;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows a runner's progress on {@link Progress}: units (bundles) done of the total, MB/s of input
 * and ETA. Units of one job are near-equal in size, so MB/s counts the mean bytes per unit.
 */
public final class ProgressListener implements RunListener, AutoCloseable {
  private final String label;
  private final boolean quiet;
  private final AtomicLong done = new AtomicLong();
  private volatile Progress progress;

  /** @param quiet show nothing (for benchmarks and scripts) */
  public ProgressListener(String label, boolean quiet) {
    this.label = label;
    this.quiet = quiet;
  }

  @Override
  public void started(String jobName, int units, long totalBytes) {
    if (!quiet) progress = new Progress(label, units, units == 0 ? 0 : (double) totalBytes / units);
  }

  @Override
  public void unitDone(UnitResult<?> result, long bytes) {
    long d = done.incrementAndGet();
    Progress p = progress;
    if (p != null) p.update(d);
  }

  @Override
  public void close() {
    Progress p = progress;
    if (p != null) p.close();
  }
}

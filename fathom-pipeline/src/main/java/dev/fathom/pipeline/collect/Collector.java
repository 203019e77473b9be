package dev.fathom.pipeline.collect;

import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.Runner;
import java.nio.file.Path;

/**
 * {@code fathom collect CONFIG}: distpy's second ingest ({@code parallel_ingest_witsml}, spec
 * distpy.md §3.6.3). The config's {@code inpath} is a results folder; every folder under it that
 * holds per-chunk results ({@code <unixtime>.fbe|.dts|.xml|.witsml} or {@code write_npy}'s
 * {@code <unixtime>.npy}) is collected into {@code outpath/<folder>/<curve>/<t0>.npy}, float64
 * {@code (nx, columns)}, in groups of {@code BOX_SIZE} columns (see {@link FolderScanner},
 * {@link Timeline}, {@link FolderCollector}, {@link CollectedLayout}; docs/collect.md).
 */
public final class Collector {
  private Collector() {}

  /** Runs the config's collect on a local pool of {@code ncpu} threads (1 unless parallel). */
  public static CollectReport run(SystemConfig config, RunListener listener) {
    return collect(config.inpath(), config.outpath(), config.boxSize(), new LocalRunner(config.ncpu()), listener);
  }

  /**
   * Collects every chunk-result folder under {@code in} into {@code out}.
   *
   * @param boxSize columns per output group; below 1: one group per folder
   */
  public static CollectReport collect(Path in, Path out, int boxSize, Runner runner, RunListener listener) {
    FolderScanner.Scan scan = FolderScanner.scan(in, out);
    CollectJob job = new CollectJob(scan.folders(), boxSize);
    return new CollectReport(in.toString(), out.toString(), boxSize, runner.run(job, listener), scan.ignored());
  }
}

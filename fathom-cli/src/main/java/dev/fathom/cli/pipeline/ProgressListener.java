package dev.fathom.cli.pipeline;

import dev.fathom.cli.EngineOptions;
import dev.fathom.cli.Progress;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import dev.fathom.pipeline.run.Job;
import dev.fathom.pipeline.run.Runner;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Shows a runner's progress with {@link Progress} (bar on a terminal: units done/total, MB/s,
 * ETA; log lines otherwise) and prints each failed unit's error as it happens.
 */
public final class ProgressListener implements RunListener, AutoCloseable {
  private final PrintStream err;
  private Progress progress;
  private long done;

  /** What a job run on an engine gave: the engine's name, when the run started, every unit's result. */
  public record Ran<R extends Serializable>(String engine, Instant started, List<UnitResult<R>> results) {}

  /**
   * Runs {@code job} on a runner of the engine chosen on the command line ({@code threads}: the
   * local engine's pool), with progress; the runner is closed afterwards.
   */
  public static <U extends Serializable, R extends Serializable> Ran<R> run(EngineOptions engine, int threads, Job<U, R> job) {
    Runner runner = engine.runner(threads);
    try {
      String name = runner.engine();
      Instant started = Instant.now();
      return new Ran<>(name, started, run(runner, job));
    } finally {
      EngineOptions.close(runner);
    }
  }

  /** Runs {@code job} on {@code runner} with progress and failure lines on stderr. */
  public static <U extends Serializable, R extends Serializable> List<UnitResult<R>> run(Runner runner, Job<U, R> job) {
    try (ProgressListener listener = new ProgressListener(System.err)) {
      return runner.run(job, listener);
    }
  }

  public ProgressListener(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void started(String jobName, int units, long totalBytes) {
    progress = new Progress(jobName, units, units == 0 ? 0 : (double) totalBytes / units);
    if (units == 0) progress.update(0);
  }

  @Override
  public synchronized void unitDone(UnitResult<?> result, long bytes) {
    if (!result.ok()) err.println("fathom: " + result.label() + ": failed: " + result.error());
    progress.update(++done);
  }

  @Override
  public synchronized void close() {
    if (progress != null) progress.close();
  }
}

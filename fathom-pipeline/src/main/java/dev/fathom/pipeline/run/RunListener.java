package dev.fathom.pipeline.run;

/**
 * Progress callbacks from a runner, on the driver. Implementations must be thread-safe: a local
 * runner calls them from worker threads.
 */
public interface RunListener {

  /** Called once before any unit starts. */
  default void started(String jobName, int units, long totalBytes) {}

  /** Called after each unit, successful or not. */
  default void unitDone(UnitResult<?> result, long bytes) {}

  /** A listener that does nothing. */
  RunListener NONE = new RunListener() {};
}

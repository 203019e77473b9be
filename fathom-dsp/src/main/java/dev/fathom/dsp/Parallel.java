package dev.fathom.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs a task over contiguous index ranges on a bounded, shared {@link ForkJoinPool} (as many
 * workers as processors; daemon threads). Nested calls from inside the pool are safe: the calling
 * worker helps instead of blocking.
 *
 * <p>The default thread count is the system property {@code fathom.dsp.threads} when set, else the
 * number of available processors. A local runner that already runs one unit per core should pass
 * {@code threads = 1}.
 */
public final class Parallel {
  private static final ForkJoinPool POOL =
      new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));

  private Parallel() {}

  /** A piece of work over the index range {@code [from, to)}. */
  @FunctionalInterface
  public interface RangeTask {
    void run(int from, int to);
  }

  /** Threads to use when the caller has no preference. */
  public static int defaultThreads() {
    String v = System.getProperty("fathom.dsp.threads");
    if (v != null && !v.isBlank()) {
      return Math.max(1, Integer.parseInt(v.trim()));
    }
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code task} over {@code [0, n)} split into {@code min(n, threads)} contiguous ranges of
   * nearly equal size; returns when all have finished. With {@code threads <= 1} the task runs in
   * the calling thread. A runtime exception of any range is rethrown.
   */
  public static void forRange(int n, int threads, RangeTask task) {
    int parts = Math.min(n, Math.max(1, threads));
    if (parts <= 1) {
      if (n > 0) {
        task.run(0, n);
      }
      return;
    }
    List<ForkJoinTask<?>> tasks = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) n * p / parts);
      int to = (int) ((long) n * (p + 1) / parts);
      tasks.add(ForkJoinTask.adapt(() -> task.run(from, to)));
    }
    if (ForkJoinTask.inForkJoinPool()) {
      ForkJoinTask.invokeAll(tasks);
    } else {
      POOL.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
    }
  }
}

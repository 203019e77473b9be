package dev.fathom.pipeline.run;

import dev.fathom.core.FathomException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs a job's units on a fixed pool of threads on this machine, at most {@code threads} units in
 * flight (so at most that many chunks are in memory at once), results in plan order.
 */
public final class LocalRunner implements Runner {
  private final int threads;

  /** @param threads worker threads, at least 1 */
  public LocalRunner(int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    this.threads = threads;
  }

  @Override
  public String engine() {
    return "local[" + threads + "]";
  }

  @Override
  public <U extends Serializable, R extends Serializable> List<UnitResult<R>> run(
      Job<U, R> job, RunListener listener) {
    List<U> units = job.plan();
    long total = 0;
    for (U u : units) total += job.inputBytes(u);
    listener.started(job.name(), units.size(), total);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "fathom-" + job.name());
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads);
    try {
      List<Future<UnitResult<R>>> futures = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        final int index = i;
        final U unit = units.get(i);
        inFlight.acquireUninterruptibly();
        futures.add(pool.submit(() -> {
          try {
            UnitResult<R> r = runOne(job, index, unit);
            listener.unitDone(r, job.inputBytes(unit));
            return r;
          } finally {
            inFlight.release();
          }
        }));
      }
      List<UnitResult<R>> results = new ArrayList<>(units.size());
      for (Future<UnitResult<R>> f : futures) results.add(f.get());
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs one unit and captures its failure as a one-line message; shared with the Spark runner so
   * both engines report failures the same way.
   */
  public static <U extends Serializable, R extends Serializable> UnitResult<R> runOne(
      Job<U, R> job, int index, U unit) {
    long t0 = System.nanoTime();
    String label = job.describe(unit);
    try {
      R value = job.runUnit(unit);
      return new UnitResult<>(index, label, value, null, (System.nanoTime() - t0) / 1e9);
    } catch (FathomException e) {
      return new UnitResult<>(index, label, null, e.getMessage(), (System.nanoTime() - t0) / 1e9);
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      String msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new UnitResult<>(index, label, null, "internal error: " + msg, (System.nanoTime() - t0) / 1e9);
    }
  }
}

package dev.fathom.segy;

import dev.fathom.segy.codec.SampleDecoder;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Reads every trace of a file once, in parallel: the file is split into {@link TraceBundle}s,
 * each thread reads whole bundles with large reads and decodes trace by trace into its own
 * buffer, then hands the samples to its own visitor. Memory: one ~8 MB read buffer and one trace
 * per thread.
 */
public final class TraceScan {
  private TraceScan() {}

  /** Receives the decoded samples of one trace; one instance per thread, never shared. */
  @FunctionalInterface
  public interface Visitor {
    /** Called with trace {@code index}'s samples in {@code samples[0..n-1]} (buffer reused). */
    void trace(long index, float[] samples, int n);
  }

  /**
   * Visits every trace of {@code f}.
   *
   * @param threads worker threads (1 = the calling thread only)
   * @param perThread makes one visitor per thread
   * @param progress called with the number of traces done (may be null)
   */
  public static void run(SegyFile f, int threads, Supplier<Visitor> perThread, LongConsumer progress) {
    List<TraceBundle> bundles = f.bundles(Math.max(1, threads) * 16);
    AtomicLong done = new AtomicLong();
    if (threads <= 1) {
      Visitor v = perThread.get();
      for (TraceBundle b : bundles) scan(f, b, v, done, progress);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "fathom-scan");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicLong next = new AtomicLong();
      Future<?>[] fs = new Future<?>[threads];
      for (int k = 0; k < threads; k++) {
        fs[k] = pool.submit(() -> {
          Visitor v = perThread.get();
          for (long i = next.getAndIncrement(); i < bundles.size(); i = next.getAndIncrement()) {
            scan(f, bundles.get((int) i), v, done, progress);
          }
          return null;
        });
      }
      for (Future<?> fu : fs) fu.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void scan(SegyFile f, TraceBundle b, Visitor v, AtomicLong done, LongConsumer progress) {
    SegyLayout l = f.layout();
    SampleDecoder dec = f.decoder();
    float[] buf = new float[l.samples()];
    int headerBytes = SegyLayout.TRACE_HEADER_SIZE * l.headersPerTrace();
    TraceChunks.forEach(f, b.firstTrace(), b.traceCount(), (trace, bb, pos) -> {
      int n = l.samples(trace);
      dec.decode(bb, pos + headerBytes, buf, 0, n);
      v.trace(trace, buf, n);
    });
    long d = done.addAndGet(b.traceCount());
    if (progress != null) progress.accept(d);
  }
}

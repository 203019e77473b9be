package dev.fathom.cloud;

import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Splits reads of a remote object into ranged GETs of {@code blockSize} bytes, at most
 * {@code inFlight} at a time, and reads ahead for sequential readers.
 *
 * <p>A read that continues one of the last few reads (it starts within one block of where one
 * ended, before or after: readers on several threads taking consecutive pieces count too) is
 * <em>sequential</em>: it is served from whole blocks aligned to multiples of
 * {@code blockSize}, kept in a small LRU cache of {@code 2 * inFlight + 2} blocks, and the
 * {@code inFlight} blocks after it are requested at once so that they arrive while the reader
 * works. Any other read fetches exactly its bytes (in {@code blockSize} pieces in parallel when
 * large) and caches nothing: random access to a header costs one small GET, not a block.
 *
 * <p>Thread-safe. Memory: at most the cache's blocks plus the reads in progress.
 */
final class ReadAhead {
  /** Fetches bytes {@code [position, position + dst.remaining())} into {@code dst}, blocking. */
  @FunctionalInterface
  interface Fetch {
    void fetch(long position, ByteBuffer dst);
  }

  private static final int STREAMS = 8;
  private static final long NONE = Long.MIN_VALUE / 4;

  private final String name;
  private final long size;
  private final int blockSize;
  private final int depth;
  private final int capacity;
  private final Fetch fetch;
  private final Executor executor;
  private final Semaphore permits;
  private final Map<Long, CompletableFuture<byte[]>> blocks = new LinkedHashMap<>(16, 0.75f, true);
  private final long[] streamEnds = new long[STREAMS];
  private int nextStream;
  private long gets;
  /** Exclusive end of what the caller will read ({@link #limit}); blocks past it are not read ahead. */
  private long limit = Long.MAX_VALUE;
  private volatile boolean closed;

  ReadAhead(String name, long size, int blockSize, int inFlight, Fetch fetch, Executor executor) {
    this.name = name;
    this.size = size;
    this.blockSize = blockSize;
    this.depth = inFlight;
    this.capacity = 2 * inFlight + 2;
    this.fetch = fetch;
    this.executor = executor;
    this.permits = new Semaphore(inFlight, true);
    Arrays.fill(streamEnds, NONE);
  }

  /** Reads {@code dst.remaining()} bytes at {@code position} (within the object) into {@code dst}. */
  void read(long position, ByteBuffer dst) {
    long end = position + dst.remaining();
    if (continuesStream(position, end)) {
      readBlocks(position, dst);
    } else {
      readDirect(position, dst);
    }
  }

  /** Ranged GETs started so far (for tests and benchmarks). */
  synchronized long requests() {
    return gets;
  }

  /** Read-ahead stops at byte {@code end} (exclusive). */
  synchronized void limit(long end) {
    limit = Math.max(0, end);
  }

  /**
   * Drops the cached blocks and cancels the block fetches not yet started, so that nothing is
   * requested after the source is closed (a fetch already sent finishes on its own).
   */
  synchronized void close() {
    closed = true;
    List<CompletableFuture<byte[]>> pending = new ArrayList<>(blocks.values());
    blocks.clear();
    for (CompletableFuture<byte[]> f : pending) f.cancel(false); // a cancelled fetch drops itself from blocks
  }

  private synchronized boolean continuesStream(long position, long end) {
    for (int i = 0; i < STREAMS; i++) {
      if (position >= streamEnds[i] - blockSize && position <= streamEnds[i] + blockSize) {
        streamEnds[i] = Math.max(streamEnds[i], end);
        return true;
      }
    }
    streamEnds[nextStream] = end;
    nextStream = (nextStream + 1) % STREAMS;
    return false;
  }

  // ---------------------------------------------------------------- sequential: blocks

  private void readBlocks(long position, ByteBuffer dst) {
    long end = position + dst.remaining();
    long first = position / blockSize;
    long last = (end - 1) / blockSize;
    List<CompletableFuture<byte[]>> needed = new ArrayList<>();
    synchronized (this) {
      for (long b = first; b <= last; b++) {
        needed.add(block(b));
      }
      long lastBlock = (Math.min(size, Math.max(limit, end)) - 1) / blockSize;
      for (long b = last + 1; b <= Math.min(last + depth, lastBlock); b++) {
        block(b);
      }
    }
    for (long b = first; b <= last; b++) {
      byte[] data = await(needed.get((int) (b - first)), position);
      long blockStart = b * blockSize;
      int from = (int) Math.max(0, position - blockStart);
      int to = (int) Math.min(data.length, end - blockStart);
      dst.put(data, from, to - from);
    }
  }

  /** The block's future, starting its fetch when absent; evicts the least recently used. Holds the lock. */
  private CompletableFuture<byte[]> block(long b) {
    CompletableFuture<byte[]> f = blocks.get(b);
    if (f != null) {
      return f;
    }
    long start = b * blockSize;
    int length = (int) Math.min(blockSize, size - start);
    CompletableFuture<byte[]> created = submit(start, length);
    blocks.put(b, created);
    created.whenComplete((data, error) -> {
      if (error != null) {
        synchronized (this) {
          blocks.remove(b, created); // a later read tries again
        }
      }
    });
    while (blocks.size() > capacity) {
      Long eldest = blocks.keySet().iterator().next();
      blocks.remove(eldest);
    }
    return created;
  }

  private CompletableFuture<byte[]> submit(long start, int length) {
    synchronized (this) {
      gets++;
    }
    return CompletableFuture.supplyAsync(() -> {
      byte[] data = new byte[length];
      withPermit(() -> {
        // checked once the slot is ours: a read-ahead that waited for it while the source closed is not sent
        if (closed) throw new CancellationException("source closed: " + name);
        fetch.fetch(start, ByteBuffer.wrap(data));
      });
      return data;
    }, executor);
  }

  // ---------------------------------------------------------------- random: exact ranges

  private void readDirect(long position, ByteBuffer dst) {
    int length = dst.remaining();
    if (length <= blockSize) {
      synchronized (this) {
        gets++;
      }
      withPermit(() -> fetch.fetch(position, dst));
      return;
    }
    List<CompletableFuture<Void>> pieces = new ArrayList<>();
    int base = dst.position();
    for (int off = 0; off < length; off += blockSize) {
      ByteBuffer piece = dst.duplicate();
      piece.position(base + off).limit(base + Math.min(length, off + blockSize));
      long at = position + off;
      synchronized (this) {
        gets++;
      }
      pieces.add(CompletableFuture.runAsync(() -> withPermit(() -> fetch.fetch(at, piece)), executor));
    }
    for (CompletableFuture<Void> p : pieces) {
      await(p, position);
    }
    dst.position(base + length);
  }

  private void withPermit(Runnable r) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceAccessException(name, FathomException.NO_OFFSET, "interrupted while waiting to read");
    }
    try {
      r.run();
    } finally {
      permits.release();
    }
  }

  private <T> T await(CompletableFuture<T> f, long position) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceAccessException(name, position, "interrupted while reading");
    } catch (CancellationException e) {
      throw new SourceAccessException(name, position, "the source was closed while reading");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof FathomException fe) {
        // same type and message, this thread's stack, the worker's failure as the cause
        throw rethrown(fe);
      }
      throw new SourceAccessException(name, position, "read failed: " + c, c);
    }
  }

  private static FathomException rethrown(FathomException fe) {
    if (fe instanceof SourceAccessException) {
      return new SourceAccessException(fe.source(), fe.offset(), fe.detail(), fe);
    }
    return fe;
  }
}

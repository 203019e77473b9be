package dev.fathom.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SourceAccessException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Closing a source while reads and read-ahead are under way. */
class ReadAheadCloseTest {

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void closeFailsWaitingReadersClearlyAndSendsNoReadAheadThatWasWaiting() throws Exception {
    List<Long> fetched = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    ReadAhead.Fetch fetch = (position, dst) -> {
      fetched.add(position);
      if (position >= 100) {
        try {
          release.await(); // blocks 1 and up hang until released, holding their slots
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      while (dst.hasRemaining()) dst.put((byte) 7);
    };
    ExecutorService io = Executors.newCachedThreadPool();
    ReadAhead r = new ReadAhead("s3://b/k", 10_000, 100, 2, fetch, io);
    r.read(0, ByteBuffer.allocate(10)); // a first read: one exact range
    r.read(10, ByteBuffer.allocate(10)); // continues: block 0, and blocks 1 and 2 read ahead (both slots, hanging)
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        r.read(110, ByteBuffer.allocate(10)); // waits on block 1; block 3 read ahead, waiting for a slot
      } catch (Throwable t) {
        readerFailure.set(t);
      }
    });
    reader.start();
    while (r.requests() < 5) Thread.sleep(5); // exact range, blocks 0-3
    r.close();
    reader.join(5000);
    assertInstanceOf(SourceAccessException.class, readerFailure.get());
    assertTrue(readerFailure.get().getMessage().contains("the source was closed while reading"), readerFailure.get().getMessage());
    release.countDown();
    io.shutdown();
    assertTrue(io.awaitTermination(5, TimeUnit.SECONDS));
    assertEquals(List.of(0L, 0L, 100L, 200L), fetched.stream().sorted().toList(),
        "blocks 1 and 2 were already sent; block 3, waiting for a slot when the source closed, never is");
  }
}

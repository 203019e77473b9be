package dev.fathom.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.ByteSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutputStore} does, run against each implementation (a subclass per store;
 * in the core test-jar so other modules' stores run it too). Outputs are read back through
 * {@link ByteSource#open(String)} of {@link OutputStore#locationOf}.
 */
public abstract class OutputStoreContract {

  /** A fresh, empty store. */
  protected abstract OutputStore store();

  /** A size in bytes that takes the store's large-output path (e.g. several multipart parts). */
  protected abstract int largeSize();

  protected static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new SplittableRandom(seed).nextBytes(b);
    return b;
  }

  protected static byte[] read(OutputStore store, String name) {
    try (ByteSource s = ByteSource.open(store.locationOf(name))) {
      ByteBuffer b = s.read(0, Math.toIntExact(s.size()));
      byte[] a = new byte[b.remaining()];
      b.get(a);
      return a;
    }
  }

  @Test
  void outputAppearsOnlyWhenClosed() throws IOException {
    OutputStore store = store();
    byte[] data = bytes(10_000, 1);
    AtomicOutput out = store.create("a/b/c.bin");
    out.write(data);
    out.flush();
    assertFalse(store.exists("a/b/c.bin"));
    assertEquals(List.of(), store.list(""));
    out.close();
    assertTrue(store.exists("a/b/c.bin"));
    assertEquals(List.of("a/b/c.bin"), store.list(""));
    assertArrayEquals(data, read(store, "a/b/c.bin"));
    out.close(); // a second close does nothing
    assertArrayEquals(data, read(store, "a/b/c.bin"));
  }

  @Test
  void largeOutputRoundTrips() throws IOException {
    OutputStore store = store();
    byte[] data = bytes(largeSize(), 2);
    try (AtomicOutput out = store.create("big.bin")) {
      // uneven writes across the store's buffer boundaries
      int pos = 0;
      for (int step = 1; pos < data.length; step = Math.min(step * 3 + 7, 3_000_017)) {
        int n = Math.min(step, data.length - pos);
        out.write(data, pos, n);
        pos += n;
      }
      out.write(new byte[0]);
    }
    assertArrayEquals(data, read(store, "big.bin"));
  }

  @Test
  void emptyAndOneByteOutputs() throws IOException {
    OutputStore store = store();
    store.create("empty").close();
    try (AtomicOutput out = store.create("one")) {
      out.write(42);
    }
    assertTrue(store.exists("empty"));
    assertArrayEquals(new byte[0], read(store, "empty"));
    assertArrayEquals(new byte[] {42}, read(store, "one"));
  }

  @Test
  void abortLeavesNothingAndKeepsTheOlderOutput() throws IOException {
    OutputStore store = store();
    byte[] old = bytes(100, 3);
    store.write("x.npy", out -> out.write(old));
    AtomicOutput out = store.create("x.npy");
    out.write(bytes(largeSize(), 4));
    out.abort();
    out.close(); // after abort: nothing
    out.abort();
    assertArrayEquals(old, read(store, "x.npy"));
    AtomicOutput fresh = store.create("never.npy");
    fresh.write(1);
    fresh.abort();
    assertFalse(store.exists("never.npy"));
    assertEquals(List.of("x.npy"), store.list(""));
    assertThrows(IOException.class, () -> out.write(1));
  }

  @Test
  void writeAbortsWhenTheWriterFails() {
    OutputStore store = store();
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.write("half.bin", out -> {
      out.write(bytes(5000, 5));
      throw boom;
    }));
    assertSame(boom, thrown);
    assertFalse(store.exists("half.bin"));
    assertEquals(List.of(), store.list(""));
  }

  @Test
  void laterOutputReplacesEarlier() {
    OutputStore store = store();
    store.write("r.bin", out -> out.write(bytes(300, 6)));
    byte[] second = bytes(200, 7);
    store.write("r.bin", out -> out.write(second));
    assertArrayEquals(second, read(store, "r.bin"));
  }

  @Test
  void listFiltersByPrefixAndSorts() {
    OutputStore store = store();
    for (String n : List.of("run/b/2.npy", "run/a/1.npy", "run/a/0.npy", "other.txt", "run2.txt")) {
      store.write(n, out -> out.write(n.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    assertEquals(List.of("other.txt", "run/a/0.npy", "run/a/1.npy", "run/b/2.npy", "run2.txt"), store.list(""));
    assertEquals(List.of("run/a/0.npy", "run/a/1.npy", "run/b/2.npy"), store.list("run/"));
    assertEquals(List.of("run/a/0.npy", "run/a/1.npy"), store.list("run/a"));
    assertEquals(List.of(), store.list("nothing/"));
    assertFalse(store.exists("run"));
    assertFalse(store.exists("run/a"));
  }

  @Test
  void badNamesAreRefused() {
    OutputStore store = store();
    for (String bad : new String[] {"", "/abs", "a/../b", "a//b", "dir/", "./a", "a\\b"}) {
      assertThrows(IllegalArgumentException.class, () -> store.create(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> store.list("../"));
  }
}

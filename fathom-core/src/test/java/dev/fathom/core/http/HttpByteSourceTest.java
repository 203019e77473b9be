package dev.fathom.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpByteSourceTest {
  private static final byte[] DATA = TestHttpServer.bytes(10_000);
  /** Short timeouts and 2 retries with 1 ms backoff: failure tests finish fast. */
  private static final HttpOptions FAST = HttpOptions.defaults()
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
      .withRetries(2, Duration.ofMillis(1));

  /** Request timeout of the stall tests: short, yet well above scheduling hiccups of a busy machine. */
  private static final Duration STALL_TIMEOUT = Duration.ofMillis(1500);

  private final List<TestHttpServer> servers = new ArrayList<>();

  private TestHttpServer server(TestHttpServer.Handler h) throws Exception {
    TestHttpServer s = new TestHttpServer(h);
    servers.add(s);
    return s;
  }

  @AfterEach
  void stopServers() {
    servers.forEach(TestHttpServer::close);
  }

  private static byte[] slice(long from, int len) {
    return Arrays.copyOfRange(DATA, (int) from, (int) from + len);
  }

  private static byte[] read(ByteSource s, long pos, int len) {
    ByteBuffer b = s.read(pos, len);
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  // ---------------------------------------------------------------- ranges

  @Test
  void sizeFromHeadAndRangedReads() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.serve(ex, DATA));
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/data.bin"), FAST)) {
      assertEquals(10_000, s.size());
      assertEquals("http://127.0.0.1:" + srv.port() + "/data.bin", s.name());
      assertArrayEquals(slice(0, 10), read(s, 0, 10));
      assertArrayEquals(slice(1234, 100), read(s, 1234, 100));
      assertArrayEquals(slice(9990, 10), read(s, 9990, 10));
      assertArrayEquals(DATA, read(s, 0, 10_000));
    }
    assertEquals(List.of("HEAD", "GET bytes=0-9", "GET bytes=1234-1333", "GET bytes=9990-9999", "GET bytes=0-9999"), srv.log());
  }

  @Test
  void readFullyFillsFromTheBufferPosition() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.serve(ex, DATA));
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      ByteBuffer dst = ByteBuffer.allocateDirect(64);
      dst.position(10).limit(30);
      s.readFully(500, dst);
      assertEquals(30, dst.position());
      byte[] got = new byte[20];
      dst.position(10);
      dst.get(got);
      assertArrayEquals(slice(500, 20), got);
      s.readFully(0, ByteBuffer.allocate(0)); // nothing asked, nothing sent
    }
    assertEquals(2, srv.log().size());
  }

  @Test
  void readPastTheEndFailsWithoutARequest() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.serve(ex, DATA));
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(9_995, 10));
      assertEquals(9_995, e.offset());
      assertTrue(e.getMessage().contains("bytes=9995-10004"), e.getMessage());
      assertTrue(e.getMessage().contains("size 10000"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> s.read(-1, 10));
    }
    assertEquals(List.of("HEAD"), srv.log());
  }

  @Test
  void openThroughServiceLoader() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.serve(ex, DATA));
    try (ByteSource s = ByteSource.open("http://127.0.0.1:" + srv.port() + "/x")) {
      assertInstanceOf(HttpByteSource.class, s);
      assertEquals(10_000, s.size());
      assertArrayEquals(slice(42, 8), read(s, 42, 8));
    }
  }

  @Test
  void npyOverHttp() throws Exception {
    NpyArray a = NpyArray.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
    byte[] file = Npy.toBytes(a);
    TestHttpServer srv = server((ex, n) -> TestHttpServer.serve(ex, file));
    try (ByteSource s = ByteSource.open(srv.uri("/chunk.npy"))) {
      assertEquals(a, Npy.read(s));
    }
  }

  @Test
  void concurrentReadsAreIndependent() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.serve(ex, DATA));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        results.add(pool.submit(() -> {
          Random r = new Random(seed);
          for (int i = 0; i < 25; i++) {
            int pos = r.nextInt(9_000);
            int len = 1 + r.nextInt(1_000);
            assertArrayEquals(slice(pos, len), read(s, pos, len));
          }
          return 25;
        }));
      }
      for (Future<Integer> f : results) {
        assertEquals(25, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1 + 8 * 25, srv.log().size());
  }

  // ---------------------------------------------------------------- errors that are final

  @Test
  void notFoundAtOpenIsNotRetried() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.status(ex, 404));
    SourceAccessException e = assertThrows(SourceAccessException.class, () -> HttpByteSource.open(srv.uri("/missing.npy"), FAST));
    assertEquals(srv.uri("/missing.npy").toString(), e.source());
    assertTrue(e.getMessage().contains("HTTP 404 (Not Found)"), e.getMessage());
    assertEquals(List.of("HEAD"), srv.log());
  }

  @Test
  void clientErrorsOnReadAreNotRetried() throws Exception {
    for (int code : new int[] {404, 403, 416}) {
      TestHttpServer srv = server((ex, n) -> {
        if (ex.getRequestMethod().equals("HEAD")) {
          TestHttpServer.serve(ex, DATA);
        } else {
          TestHttpServer.status(ex, code);
        }
      });
      try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
        SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(100, 100));
        assertEquals(100, e.offset());
        assertTrue(e.getMessage().startsWith(srv.uri("/x") + ": at byte 100: HTTP " + code), e.getMessage());
        assertTrue(e.getMessage().contains("for bytes=100-199"), e.getMessage());
      }
      assertEquals(List.of("HEAD", "GET bytes=100-199"), srv.log());
    }
  }

  @Test
  void aResourceThatChangedSizeIsAnError() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.serve(ex, DATA);
      } else {
        ex.getResponseHeaders().set("Content-Range", "bytes 0-9/20000");
        TestHttpServer.body(ex, 206, DATA, 0, 10);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(0, 10));
      assertTrue(e.getMessage().contains("changed since it was opened"), e.getMessage());
      assertTrue(e.getMessage().contains("20000"), e.getMessage());
    }
    assertEquals(1, srv.count("GET"));
  }

  @Test
  void aWrongRangeIsAnError() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.serve(ex, DATA);
      } else {
        ex.getResponseHeaders().set("Content-Range", "bytes 0-9/10000");
        TestHttpServer.body(ex, 206, DATA, 0, 10);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(50, 10));
      assertTrue(e.getMessage().contains("server sent bytes 0-9"), e.getMessage());
    }
  }

  // ---------------------------------------------------------------- retries

  @Test
  void serviceUnavailableTwiceThenSuccess() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("GET") && n <= 2) {
        ex.getResponseHeaders().set("Retry-After", "0");
        TestHttpServer.status(ex, 503);
      } else {
        TestHttpServer.serve(ex, DATA);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      assertArrayEquals(slice(2000, 500), read(s, 2000, 500));
    }
    assertEquals(List.of("HEAD", "GET bytes=2000-2499", "GET bytes=2000-2499", "GET bytes=2000-2499"), srv.log());
  }

  @Test
  void tooManyRequestsAndHeadFailuresAreRetried() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (n == 1) {
        TestHttpServer.status(ex, ex.getRequestMethod().equals("HEAD") ? 502 : 429);
      } else {
        TestHttpServer.serve(ex, DATA);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      assertEquals(10_000, s.size());
      assertArrayEquals(slice(7, 3), read(s, 7, 3));
    }
    assertEquals(List.of("HEAD", "HEAD", "GET bytes=7-9", "GET bytes=7-9"), srv.log());
  }

  @Test
  void givesUpAfterTheRetries() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.serve(ex, DATA);
      } else {
        TestHttpServer.status(ex, 503);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(0, 10));
      assertEquals(srv.uri("/x") + ": at byte 0: gave up after 3 attempts reading bytes=0-9: HTTP 503 (Service Unavailable) for bytes=0-9",
          e.getMessage());
    }
    assertEquals(3, srv.count("GET"));
  }

  @Test
  void shortBodyIsResumedFromTheFirstMissingByte() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      long[] r = TestHttpServer.range(ex);
      if (ex.getRequestMethod().equals("GET") && n == 1) {
        // a 206 that declares and sends only half of the range
        ex.getResponseHeaders().set("Content-Range", "bytes " + r[0] + "-" + (r[0] + 49) + "/10000");
        TestHttpServer.body(ex, 206, DATA, (int) r[0], 50);
      } else {
        TestHttpServer.serve(ex, DATA);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      assertArrayEquals(slice(1000, 100), read(s, 1000, 100));
    }
    assertEquals(List.of("HEAD", "GET bytes=1000-1099", "GET bytes=1050-1099"), srv.log());
  }

  @Test
  void droppedConnectionIsResumed() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      long[] r = TestHttpServer.range(ex);
      if (ex.getRequestMethod().equals("GET") && n <= 2) {
        // promise the whole range, send 30 bytes, hang up
        ex.getResponseHeaders().set("Content-Range", "bytes " + r[0] + "-" + r[1] + "/10000");
        ex.sendResponseHeaders(206, r[1] - r[0] + 1);
        OutputStream out = ex.getResponseBody();
        out.write(DATA, (int) r[0], 30);
        out.flush();
        throw new java.io.IOException("hang up");
      }
      TestHttpServer.serve(ex, DATA);
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      assertArrayEquals(slice(0, 1000), read(s, 0, 1000));
    }
    List<String> log = srv.log();
    assertEquals("GET bytes=0-999", log.get(1));
    assertEquals("GET bytes=60-999", log.get(3), log.toString());
  }

  // ---------------------------------------------------------------- timeouts

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void serverThatNeverAnswersTimesOut() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.serve(ex, DATA);
      } else {
        srv0(ex).stall();
      }
    });
    HttpOptions opts = FAST.withTimeouts(Duration.ofSeconds(2), STALL_TIMEOUT).withRetries(1, Duration.ofMillis(1));
    long t0 = System.nanoTime();
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), opts)) {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(0, 10));
      assertTrue(e.getMessage().contains("gave up after 2 attempts"), e.getMessage());
      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }
    assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(8), "took too long: 2 attempts of 1.5 s");
    assertEquals(2, srv.count("GET"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void bodyThatStallsTimesOutAndResumes() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      long[] r = TestHttpServer.range(ex);
      if (ex.getRequestMethod().equals("GET") && n == 1) {
        ex.getResponseHeaders().set("Content-Range", "bytes " + r[0] + "-" + r[1] + "/10000");
        ex.sendResponseHeaders(206, r[1] - r[0] + 1);
        OutputStream out = ex.getResponseBody();
        out.write(DATA, (int) r[0], 100);
        out.flush();
        srv0(ex).stall();
        return;
      }
      TestHttpServer.serve(ex, DATA);
    });
    HttpOptions opts = FAST.withTimeouts(Duration.ofSeconds(2), STALL_TIMEOUT);
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), opts)) {
      assertArrayEquals(slice(0, 5000), read(s, 0, 5000));
    }
    assertEquals(List.of("HEAD", "GET bytes=0-4999", "GET bytes=100-4999"), srv.log());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void slowButSteadyBodyIsNotCutOff() throws Exception {
    // 20 pieces 100 ms apart: 2 s in all, more than the 1.5 s timeout, never idle that long
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.serve(ex, DATA);
        return;
      }
      long[] r = TestHttpServer.range(ex);
      ex.getResponseHeaders().set("Content-Range", "bytes " + r[0] + "-" + r[1] + "/10000");
      ex.sendResponseHeaders(206, r[1] - r[0] + 1);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 20; i++) {
        Thread.sleep(100);
        out.write(DATA, (int) r[0] + i * 50, 50);
        out.flush();
      }
      out.close();
    });
    HttpOptions opts = FAST.withTimeouts(Duration.ofSeconds(2), STALL_TIMEOUT);
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), opts)) {
      assertArrayEquals(slice(0, 1000), read(s, 0, 1000));
    }
    assertEquals(List.of("HEAD", "GET bytes=0-999"), srv.log());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void interruptStopsAWaitingRead() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.serve(ex, DATA);
      } else {
        srv0(ex).stall();
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), HttpOptions.defaults())) {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      AtomicReference<Boolean> flag = new AtomicReference<>();
      Thread reader = new Thread(() -> {
        try {
          s.read(0, 10);
        } catch (Throwable t) {
          thrown.set(t);
          flag.set(Thread.currentThread().isInterrupted());
        }
      });
      reader.start();
      while (srv.count("GET") == 0) {
        Thread.sleep(5);
      }
      reader.interrupt();
      reader.join(5000);
      assertFalse(reader.isAlive());
      assertInstanceOf(SourceAccessException.class, thrown.get());
      assertTrue(thrown.get().getMessage().contains("interrupted"), thrown.get().getMessage());
      assertTrue(flag.get(), "interrupt flag restored");
    }
  }

  // ---------------------------------------------------------------- servers without ranges or HEAD

  @Test
  void rangeIgnoredAnswer200IsSkippedToTheOffset() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.serve(ex, DATA);
      } else {
        TestHttpServer.body(ex, 200, DATA, 0, DATA.length);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      assertArrayEquals(slice(5000, 100), read(s, 5000, 100));
      assertArrayEquals(slice(0, 3), read(s, 0, 3));
      assertArrayEquals(slice(9000, 1000), read(s, 9000, 1000));
    }
  }

  @Test
  void rangeIgnoredOnAHugeBodyStreamsOnlyWhatIsNeeded() throws Exception {
    long size = 1L << 30; // 1 GiB, generated on the fly
    AtomicLong sent = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        ex.getResponseHeaders().set("Content-Length", Long.toString(size));
        ex.sendResponseHeaders(200, -1);
        return;
      }
      try {
        ex.sendResponseHeaders(200, size);
        OutputStream out = ex.getResponseBody();
        byte[] block = new byte[64 * 1024];
        for (long at = 0; at < size; at += block.length) {
          for (int i = 0; i < block.length; i++) {
            block[i] = (byte) ((at + i) % 251);
          }
          out.write(block);
          sent.addAndGet(block.length);
        }
      } finally {
        done.countDown();
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/huge"), FAST)) {
      assertEquals(size, s.size());
      byte[] got = read(s, 1_000_003, 10);
      for (int i = 0; i < 10; i++) {
        assertEquals((byte) ((1_000_003 + i) % 251), got[i]);
      }
    }
    assertTrue(done.await(10, TimeUnit.SECONDS), "server still sending: the client did not stop the transfer");
    assertTrue(sent.get() < 64L << 20, "server sent " + sent.get() + " bytes for a 10-byte read near 1 MB");
  }

  @Test
  void sizeFromARangedGetWhenHeadIsRefused() throws Exception {
    for (int refusal : new int[] {405, 403, 501}) {
      TestHttpServer srv = server((ex, n) -> {
        if (ex.getRequestMethod().equals("HEAD")) {
          TestHttpServer.status(ex, refusal);
        } else {
          TestHttpServer.serve(ex, DATA);
        }
      });
      try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
        assertEquals(10_000, s.size());
        assertArrayEquals(slice(10, 10), read(s, 10, 10));
      }
      assertEquals(List.of("HEAD", "GET bytes=0-0", "GET bytes=10-19"), srv.log());
    }
  }

  @Test
  void sizeOfAnEmptyResourceFromA416() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.status(ex, 405);
      } else {
        TestHttpServer.serve(ex, new byte[0]);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/empty"), FAST)) {
      assertEquals(0, s.size());
      assertThrows(SourceAccessException.class, () -> s.read(0, 1));
    }
  }

  @Test
  void sizeFromA200WhenNothingElseWorks() throws Exception {
    TestHttpServer srv = server((ex, n) -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        TestHttpServer.status(ex, 405);
      } else {
        TestHttpServer.body(ex, 200, DATA, 0, DATA.length);
      }
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST)) {
      assertEquals(10_000, s.size());
    }
  }

  @Test
  void forbiddenEverywhereIsAnError() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.status(ex, 403));
    SourceAccessException e = assertThrows(SourceAccessException.class, () -> HttpByteSource.open(srv.uri("/x"), FAST));
    assertTrue(e.getMessage().endsWith("HTTP 403 (Forbidden) for bytes=0-0"), e.getMessage());
    assertEquals(List.of("HEAD", "GET bytes=0-0"), srv.log());
  }

  // ---------------------------------------------------------------- names, options

  @Test
  void secretsStayOutOfNamesAndMessages() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.status(ex, 404));
    String url = "http://user:hunter2@127.0.0.1:" + srv.port() + "/x.npy?a=1&X-Amz-Signature=abcdef&X-Amz-Security-Token=tok";
    SourceAccessException e = assertThrows(SourceAccessException.class, () -> ByteSource.open(url));
    assertEquals("http://127.0.0.1:" + srv.port() + "/x.npy?a=1&X-Amz-Signature=REDACTED&X-Amz-Security-Token=REDACTED", e.source());
    assertFalse(e.getMessage().contains("hunter2") || e.getMessage().contains("abcdef") || e.getMessage().contains("tok&"), e.getMessage());
  }

  @Test
  void extraHeadersAreSent() throws Exception {
    AtomicReference<String> auth = new AtomicReference<>();
    TestHttpServer srv = server((ex, n) -> {
      auth.set(ex.getRequestHeaders().getFirst("Authorization"));
      TestHttpServer.serve(ex, DATA);
    });
    try (HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST.withHeader("Authorization", "Bearer t0k"))) {
      read(s, 0, 1);
    }
    assertEquals("Bearer t0k", auth.get());
  }

  @Test
  void systemPropertiesReachSourcesOpenedByUrl() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.status(ex, 503));
    String old = System.getProperty(HttpOptions.RETRIES_PROPERTY);
    String oldDelay = System.getProperty(HttpOptions.RETRY_DELAY_PROPERTY);
    System.setProperty(HttpOptions.RETRIES_PROPERTY, "1");
    System.setProperty(HttpOptions.RETRY_DELAY_PROPERTY, "1");
    try {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> ByteSource.open(srv.uri("/x")));
      assertTrue(e.getMessage().contains("gave up after 2 attempts asking for the size: HTTP 503"), e.getMessage());
      assertEquals(2, srv.count("HEAD"));
    } finally {
      restore(HttpOptions.RETRIES_PROPERTY, old);
      restore(HttpOptions.RETRY_DELAY_PROPERTY, oldDelay);
    }
  }

  @Test
  void closedSourceRefusesReads() throws Exception {
    TestHttpServer srv = server((ex, n) -> TestHttpServer.serve(ex, DATA));
    HttpByteSource s = HttpByteSource.open(srv.uri("/x"), FAST);
    s.close();
    assertThrows(IllegalStateException.class, () -> s.read(0, 1));
  }

  @Test
  void unreachableHostIsRetriedThenReported() {
    // a port nobody listens on: connection refused at once
    int port;
    try (java.net.ServerSocket ss = new java.net.ServerSocket(0)) {
      port = ss.getLocalPort();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    FathomException e = assertThrows(SourceAccessException.class,
        () -> HttpByteSource.open(java.net.URI.create("http://127.0.0.1:" + port + "/x"), FAST));
    assertTrue(e.getMessage().contains("gave up after 3 attempts asking for the size: connection failed"), e.getMessage());
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  /** The test server that runs {@code ex} (for handlers that stall until it closes). */
  private TestHttpServer srv0(com.sun.net.httpserver.HttpExchange ex) {
    int port = ex.getLocalAddress().getPort();
    return servers.stream().filter(s -> s.port() == port).findFirst().orElseThrow();
  }
}

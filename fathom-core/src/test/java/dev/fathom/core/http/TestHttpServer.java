package dev.fathom.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK's HttpServer on 127.0.0.1 and a free port, with a test-defined handler, a log of the
 * requests ({@code "GET bytes=0-9"}, {@code "HEAD"}) and a latch that stalling handlers wait on
 * until the server is closed.
 */
final class TestHttpServer implements AutoCloseable {
  /** Handles one request; {@code n} counts the requests of the same method, from 1. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange ex, int n) throws Exception;
  }

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  final CountDownLatch release = new CountDownLatch(1);

  TestHttpServer(Handler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-http-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", ex -> {
      String method = ex.getRequestMethod();
      String range = ex.getRequestHeaders().getFirst("Range");
      log.add(range == null ? method : method + " " + range);
      int n = counts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
      try {
        handler.handle(ex, n);
      } catch (IOException e) {
        // the client went away: expected in tests that cut transfers short
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The requests so far, in arrival order. */
  List<String> log() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  int count(String method) {
    AtomicInteger c = counts.get(method);
    return c == null ? 0 : c.get();
  }

  /** Blocks a handler until the server closes (or 30 s). */
  void stall() throws InterruptedException {
    release.await(30, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  // ---------------------------------------------------------------- canned answers

  /** A well-behaved server of {@code data}: HEAD with Content-Length, ranged GET as 206, plain GET as 200. */
  static void serve(HttpExchange ex, byte[] data) throws IOException {
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.getResponseHeaders().set("Content-Length", Long.toString(data.length));
      ex.sendResponseHeaders(200, -1);
      return;
    }
    long[] r = range(ex);
    if (r == null) {
      body(ex, 200, data, 0, data.length);
      return;
    }
    if (r[0] >= data.length) {
      ex.getResponseHeaders().set("Content-Range", "bytes */" + data.length);
      status(ex, 416);
      return;
    }
    int last = (int) Math.min(r[1], data.length - 1);
    ex.getResponseHeaders().set("Content-Range", "bytes " + r[0] + "-" + last + "/" + data.length);
    body(ex, 206, data, (int) r[0], last + 1 - (int) r[0]);
  }

  /** The requested range {first, last}, or null. */
  static long[] range(HttpExchange ex) {
    String h = ex.getRequestHeaders().getFirst("Range");
    if (h == null) {
      return null;
    }
    Matcher m = RANGE.matcher(h);
    if (!m.matches()) {
      throw new IllegalArgumentException("bad range " + h);
    }
    return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
  }

  static void body(HttpExchange ex, int status, byte[] data, int off, int len) throws IOException {
    ex.sendResponseHeaders(status, len == 0 ? -1 : len);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(data, off, len);
    }
  }

  static void status(HttpExchange ex, int status) throws IOException {
    ex.sendResponseHeaders(status, -1);
  }

  /** Deterministic test bytes. */
  static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 131 + (i >> 8));
    }
    return b;
  }
}

package dev.fathom.cloud;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy in front of an S3 server that spoils every {@code every}-th GET carrying a
 * Range header in the way of its {@link Fault}, and forwards everything else unchanged.
 * Whole bodies are held in memory: for test-sized objects.
 */
final class FaultProxy implements AutoCloseable {

  enum Fault {
    /** 500 InternalError. */
    ERROR_500,
    /** 503 SlowDown (S3's throttling). */
    SLOW_DOWN_503,
    /** 429 Too Many Requests. */
    THROTTLE_429,
    /** Silence before the response headers, longer than the client's socket timeout. */
    STALL_BEFORE_HEADERS,
    /** Half the body, then silence longer than the client's socket timeout. */
    STALL_IN_BODY,
    /** The full Content-Length announced, half the body sent, the connection closed. */
    CUT_BODY,
    /** An honest 206 with only the first half of the range asked (Content-Range says so). */
    SHORT_RANGE,
    /** 403 AccessDenied (to every request matched). */
    FORBIDDEN
  }

  private static final Set<String> HOP_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade",
      "transfer-encoding", "keep-alive", "date");

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI target;
  private final AtomicInteger rangedGets = new AtomicInteger();
  private final AtomicInteger injected = new AtomicInteger();
  private volatile Fault fault;
  private volatile int every;
  private volatile long stallMillis = 2000;

  FaultProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> injectedByRange = new java.util.concurrent.ConcurrentHashMap<>();

  /** From now on spoil every {@code n}-th ranged GET with {@code f} (null: none). */
  void inject(Fault f, int n) {
    fault = f;
    every = n;
    rangedGets.set(0);
    injected.set(0);
    injectedByRange.clear();
  }

  void stallMillis(long ms) {
    stallMillis = ms;
  }

  /** Faults injected since {@link #inject}. */
  int injected() {
    return injected.get();
  }

  /**
   * Faults injected since {@link #inject} into requests for {@code range} ({@code bytes=A-B}):
   * not counting requests a previous test's source may still have in flight.
   */
  int injected(String range) {
    java.util.concurrent.atomic.AtomicInteger n = injectedByRange.get(range);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String range = ex.getRequestHeaders().getFirst("Range");
      Fault f = fault;
      boolean spoil = f != null && (f == Fault.FORBIDDEN
          || (ex.getRequestMethod().equals("GET") && range != null && rangedGets.incrementAndGet() % every == 0));
      if (spoil) {
        injected.incrementAndGet();
        injectedByRange.computeIfAbsent(String.valueOf(range), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
      }
      if (spoil && f == Fault.STALL_BEFORE_HEADERS) {
        sleep();
      }
      // an error answer needs nothing from upstream: answered at once, whatever upstream's latency
      boolean errorOnly = spoil && (f == Fault.ERROR_500 || f == Fault.SLOW_DOWN_503 || f == Fault.THROTTLE_429 || f == Fault.FORBIDDEN);
      HttpResponse<byte[]> r = errorOnly ? null : forward(ex);
      if (spoil) {
        switch (f) {
          case ERROR_500 -> error(ex, 500, "InternalError");
          case SLOW_DOWN_503 -> error(ex, 503, "SlowDown");
          case THROTTLE_429 -> error(ex, 429, "TooManyRequests");
          case FORBIDDEN -> error(ex, 403, "AccessDenied");
          case STALL_IN_BODY -> respond(ex, r, r.body(), r.body().length / 2, true);
          case CUT_BODY -> respond(ex, r, r.body(), r.body().length / 2, false);
          case SHORT_RANGE -> shortRange(ex, r);
          case STALL_BEFORE_HEADERS -> respond(ex, r, r.body(), r.body().length, false);
          default -> throw new IllegalStateException(f.toString());
        }
      } else {
        respond(ex, r, r.body(), r.body().length, false);
      }
    } catch (IOException e) {
      // the client went away (timeouts, cut bodies): nothing to tell it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<byte[]> forward(HttpExchange ex) throws IOException, InterruptedException {
    URI uri = target.resolve(ex.getRequestURI().getRawPath()
        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
    byte[] body = ex.getRequestBody().readAllBytes();
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    ex.getRequestHeaders().forEach((k, vs) -> {
      if (!HOP_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
        vs.forEach(v -> b.header(k, v));
      }
    });
    return upstream.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private void respond(HttpExchange ex, HttpResponse<byte[]> r, byte[] body, int send, boolean stallAfter)
      throws IOException, InterruptedException {
    r.headers().map().forEach((k, vs) -> {
      if (!HOP_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
        ex.getResponseHeaders().put(k, List.copyOf(vs));
      }
    });
    boolean head = ex.getRequestMethod().equals("HEAD");
    if (head) {
      r.headers().firstValue("Content-Length").ifPresent(v -> ex.getResponseHeaders().set("Content-Length", v));
    }
    ex.sendResponseHeaders(r.statusCode(), head || body.length == 0 ? -1 : body.length);
    if (head || body.length == 0) {
      return;
    }
    OutputStream out = ex.getResponseBody();
    out.write(body, 0, send);
    out.flush();
    if (stallAfter) {
      sleep();
      out.write(body, send, body.length - send);
    }
    // with send < body.length the exchange closes short of the announced length: the connection drops
  }

  private void shortRange(HttpExchange ex, HttpResponse<byte[]> r) throws IOException {
    String cr = r.headers().firstValue("Content-Range").orElseThrow(); // bytes A-B/T
    long first = Long.parseLong(cr.substring(6, cr.indexOf('-')));
    String total = cr.substring(cr.indexOf('/') + 1);
    int half = Math.max(1, r.body().length / 2);
    ex.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + (first + half - 1) + "/" + total);
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(206, half);
    ex.getResponseBody().write(r.body(), 0, half);
  }

  private static void error(HttpExchange ex, int status, String code) throws IOException {
    byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>injected by the test"
        + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/xml");
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(status, -1); // HEAD answers carry no body
      return;
    }
    ex.sendResponseHeaders(status, xml.length);
    ex.getResponseBody().write(xml);
  }

  private void sleep() throws InterruptedException {
    Thread.sleep(stallMillis);
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}

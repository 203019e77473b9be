package dev.fathom.core.http;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A resource on an http(s) server read by byte ranges ({@code Range: bytes=a-b}, RFC 9110), with
 * {@link HttpClient}: HTTP/1.1 for plain http, HTTP/2 or 1.1 as negotiated for https.
 *
 * <p>The size comes from a HEAD request's Content-Length; where HEAD is refused (presigned URLs
 * signed for GET only answer 403; some servers 405), from the Content-Range of a
 * {@code Range: bytes=0-0} GET. Each {@link #readFully} is one ranged GET expecting 206 Partial
 * Content; a server that ignores ranges and answers 200 with the whole resource is handled by
 * discarding the body up to the offset as it streams and closing the connection once the range
 * has arrived: nothing beyond one network buffer is held in memory.
 *
 * <p>Failures that may pass (5xx, 429, 408, connection errors, timeouts, a body shorter than
 * the range) are retried with exponential backoff ({@link HttpOptions}); a partial body is
 * resumed from the first missing byte. Others (404, 403, 416, other 4xx, a resource whose size
 * changed since it was opened) fail at once. Every failure is a {@link SourceAccessException}
 * naming the URL (with secrets redacted), the byte offset, the range and the HTTP status.
 *
 * <p>Thread-safe: concurrent reads are independent requests over the shared client.
 */
public final class HttpByteSource implements ByteSource {
  private final URI uri;
  private final String name;
  private final HttpOptions options;
  private final HttpClient client;
  private final Retrier retrier;
  private final long size;
  private volatile boolean closed;

  private HttpByteSource(URI uri, HttpOptions options, HttpClient client) {
    this.uri = uri;
    this.name = Urls.redact(uri);
    this.options = options;
    this.client = client;
    this.retrier = new Retrier(options.retries(), options.retryBaseDelay(), options.retryMaxDelay());
    this.size = probeSize();
  }

  /** Opens {@code uri} with the options of the {@code fathom.http.*} system properties. */
  public static HttpByteSource open(URI uri) {
    return open(uri, HttpOptions.fromSystemProperties());
  }

  /** Opens {@code uri} with {@code options} and a client shared by sources of the same connect timeout. */
  public static HttpByteSource open(URI uri, HttpOptions options) {
    return open(uri, options, SharedHttpClients.get(options.connectTimeout()));
  }

  /**
   * Opens {@code uri} with {@code options} and the given client (for proxies, TLS settings,
   * authenticators); the client's own connect timeout applies.
   *
   * @throws IllegalArgumentException if the scheme is not http or https
   * @throws SourceAccessException if the resource does not exist, cannot be reached, or its
   *     size cannot be learned
   */
  public static HttpByteSource open(URI uri, HttpOptions options, HttpClient client) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http(s) URI: " + Urls.redact(uri));
    }
    if (uri.getHost() == null) {
      throw new SourceAccessException(Urls.redact(uri), FathomException.NO_OFFSET, "URL has no host");
    }
    return new HttpByteSource(uri, Objects.requireNonNull(options), Objects.requireNonNull(client));
  }

  /** The URL as given (it may hold credentials; {@link #name()} does not). */
  public URI uri() {
    return uri;
  }

  /** The URL without user information and with secret query parameters redacted. */
  @Override
  public String name() {
    return name;
  }

  /** Size in bytes, learned when the source was opened. */
  @Override
  public long size() {
    return size;
  }

  @Override
  public void readFully(long position, ByteBuffer dst) {
    if (closed) {
      throw new IllegalStateException("source is closed: " + name);
    }
    if (position < 0) {
      throw new IllegalArgumentException("negative position " + position);
    }
    int length = dst.remaining();
    if (position > size - length) {
      throw new SourceAccessException(name, Math.min(position, size), "unexpected end of source: wanted "
          + length + " bytes from byte " + position + " (" + range(position, length) + "), size " + size);
    }
    if (length == 0) {
      return;
    }
    int start = dst.position();
    retrier.call(
        () -> readRange(position + (dst.position() - start), dst),
        (attempts, last) -> new SourceAccessException(name, position + (dst.position() - start), "gave up after "
            + attempts + " attempts reading " + range(position, length) + ": " + last.reason()));
  }

  /** One ranged GET from {@code pos} filling what remains of {@code dst}. */
  private Void readRange(long pos, ByteBuffer dst) throws Retrier.Retry {
    int want = dst.remaining();
    String range = range(pos, want);
    HttpRequest request = request().header("Range", range).GET().build();
    RangeTransfer transfer = new RangeTransfer(dst, info -> planRange(info, pos));
    HttpResponse<Long> response = exchange(request, transfer, pos);
    int status = response.statusCode();
    RangeTransfer.Plan plan = transfer.plan();
    if (plan.problem() != null) {
      throw new SourceAccessException(name, pos, plan.problem() + " (" + HttpStatuses.describe(status) + " for " + range + ")");
    }
    if (plan.accept()) {
      if (!dst.hasRemaining()) {
        return null;
      }
      long got = transfer.received();
      throw new Retrier.Retry("body ended early: got " + got + " of " + want + " bytes ("
          + HttpStatuses.describe(status) + " for " + range + ")", null, got > 0);
    }
    throw failure(response, pos, "for " + range);
  }

  /** What to do with the answer to a ranged GET from {@code pos}; runs on a client thread. */
  private RangeTransfer.Plan planRange(HttpResponse.ResponseInfo info, long pos) {
    if (info.statusCode() == 206) {
      ContentRange cr = ContentRange.parse(info.headers().firstValue("Content-Range").orElse(null));
      if (cr != null && cr.first() != pos) {
        return RangeTransfer.Plan.reject("server sent bytes " + cr.first() + "-" + cr.last() + " instead of the range asked");
      }
      if (cr != null && cr.total() >= 0 && cr.total() != size) {
        return RangeTransfer.Plan.reject(changedSize(cr.total()));
      }
      return RangeTransfer.Plan.take(0, false);
    }
    if (info.statusCode() == 200) {
      OptionalLong length = info.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() != size) {
        return RangeTransfer.Plan.reject(changedSize(length.getAsLong()));
      }
      return RangeTransfer.Plan.take(pos, true);
    }
    return RangeTransfer.Plan.discard();
  }

  private String changedSize(long now) {
    return "the resource changed since it was opened: its size was " + size + " bytes, now " + now;
  }

  // ---------------------------------------------------------------- size

  private long probeSize() {
    return retrier.call(this::probeSizeOnce, (attempts, last) -> new SourceAccessException(name, FathomException.NO_OFFSET,
        "gave up after " + attempts + " attempts asking for the size: " + last.reason()));
  }

  /** HEAD, or where HEAD gives no size, a GET of byte 0. */
  private long probeSizeOnce() throws Retrier.Retry {
    HttpRequest head = request().method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<Long> r = exchange(head, new RangeTransfer(ByteBuffer.allocate(0), info -> RangeTransfer.Plan.discard()), 0);
    int status = r.statusCode();
    if (HttpStatuses.success(status) && r.headers().firstValueAsLong("Content-Length").isPresent()) {
      return r.headers().firstValueAsLong("Content-Length").getAsLong();
    }
    if (status == 404 || status == 410 || HttpStatuses.retryable(status)) {
      throw failure(r, FathomException.NO_OFFSET, "for HEAD");
    }
    // HEAD refused or without a length: ask for the first byte
    HttpRequest get = request().header("Range", "bytes=0-0").GET().build();
    r = exchange(get, new RangeTransfer(ByteBuffer.allocate(0), info -> RangeTransfer.Plan.discard()), 0);
    status = r.statusCode();
    ContentRange cr = ContentRange.parse(r.headers().firstValue("Content-Range").orElse(null));
    if ((status == 206 || status == 416) && cr != null) {
      if (cr.total() < 0) {
        throw new SourceAccessException(name, FathomException.NO_OFFSET, "the server does not tell the size ("
            + HttpStatuses.describe(status) + ", Content-Range: " + r.headers().firstValue("Content-Range").orElse("") + ")");
      }
      return cr.total();
    }
    if (status == 200 && r.headers().firstValueAsLong("Content-Length").isPresent()) {
      return r.headers().firstValueAsLong("Content-Length").getAsLong();
    }
    if (HttpStatuses.success(status)) {
      throw new SourceAccessException(name, FathomException.NO_OFFSET, "the server does not tell the size: "
          + HttpStatuses.describe(status) + " to HEAD and to a GET of bytes=0-0 without Content-Length or Content-Range");
    }
    throw failure(r, FathomException.NO_OFFSET, "for bytes=0-0");
  }

  // ---------------------------------------------------------------- requests

  private HttpRequest.Builder request() {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(options.requestTimeout()).header("User-Agent", "fathom");
    if (uri.getScheme().equalsIgnoreCase("http")) {
      b.version(HttpClient.Version.HTTP_1_1);
    }
    options.headers().forEach(b::header);
    return b;
  }

  /**
   * Sends {@code request} and waits until the body is complete or the transfer stops making
   * progress for the request timeout.
   */
  private HttpResponse<Long> exchange(HttpRequest request, RangeTransfer transfer, long offset) throws Retrier.Retry {
    CompletableFuture<HttpResponse<Long>> future = client.sendAsync(request, transfer);
    long timeout = options.requestTimeout().toNanos();
    try {
      while (true) {
        long wait = timeout - (System.nanoTime() - transfer.lastActivity());
        if (wait <= 0) {
          long got = transfer.abandon();
          future.cancel(true);
          throw new Retrier.Retry("timed out: nothing received for " + seconds(timeout)
              + (got > 0 ? " after " + got + " bytes" : ""), null, got > 0);
        }
        try {
          return future.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // loop: the transfer may have made progress meanwhile
        }
      }
    } catch (ExecutionException e) {
      long got = transfer.abandon();
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw new Retrier.Retry("timed out after " + seconds(timeout) + ": " + cause.getMessage(), null, got > 0);
      }
      if (cause instanceof IOException) {
        throw new Retrier.Retry("connection failed: " + cause, null, got > 0);
      }
      throw new SourceAccessException(name, offset, "request failed: " + cause, cause);
    } catch (InterruptedException e) {
      transfer.abandon();
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SourceAccessException(name, offset, "interrupted while reading");
    }
  }

  /** The failure for an unusable status: a retry when it may pass, else the final exception. */
  private SourceAccessException failure(HttpResponse<?> r, long offset, String what) throws Retrier.Retry {
    int status = r.statusCode();
    if (HttpStatuses.retryable(status)) {
      throw new Retrier.Retry(HttpStatuses.describe(status) + " " + what, HttpStatuses.retryAfter(r.headers(), Instant.now()), false);
    }
    return new SourceAccessException(name, offset, HttpStatuses.describe(status) + " " + what);
  }

  private static String range(long position, long length) {
    return "bytes=" + position + "-" + (position + length - 1);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3g s", nanos / 1e9);
  }

  /** Marks the source closed; the shared client stays open for other sources. */
  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return name;
  }
}

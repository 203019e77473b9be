package dev.fathom.core.http;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * The body of one HTTP response, streamed into the caller's buffer: optionally skip the first
 * bytes (a server that answered 200 with the whole resource to a range request), then copy
 * until the buffer is full, then stop the transfer. Nothing beyond one network buffer is held.
 *
 * <p>It is its own {@link HttpResponse.BodyHandler}: when the response headers arrive, a
 * {@link Plan} function decides whether to take the body (and how much to skip) or discard it.
 * The caller may {@link #abandon()} it at any time (timeout, interrupt): from then on nothing
 * more is written into the buffer, so the caller may reuse it for another attempt.
 *
 * <p>Writes into the buffer happen on the HTTP client's threads under this object's lock;
 * {@link #abandon()} and {@link #received()} take the same lock, which publishes them.
 */
final class RangeTransfer implements HttpResponse.BodySubscriber<Long>, HttpResponse.BodyHandler<Long> {

  /**
   * What to do with a response body.
   *
   * @param accept take the body into the buffer; false: cancel it unread
   * @param skip bytes to discard before the wanted ones
   * @param wholeBody the body runs past the wanted bytes (200 to a range request): stop it as
   *     soon as the buffer is full
   * @param problem why the response cannot be used although it succeeded, or null
   */
  record Plan(boolean accept, long skip, boolean wholeBody, String problem) {
    static Plan discard() {
      return new Plan(false, 0, false, null);
    }

    static Plan reject(String problem) {
      return new Plan(false, 0, false, problem);
    }

    static Plan take(long skip, boolean wholeBody) {
      return new Plan(true, skip, wholeBody, null);
    }
  }

  private final ByteBuffer dst;
  private final Function<HttpResponse.ResponseInfo, Plan> planner;
  private final CompletableFuture<Long> result = new CompletableFuture<>();
  private volatile long lastActivity = System.nanoTime();

  // guarded by this
  private Plan plan = Plan.discard();
  private long toSkip;
  private long received;
  private boolean abandoned;
  private boolean filled;
  private Flow.Subscription subscription;

  /**
   * @param dst where the wanted bytes go, from its position up to its limit
   * @param planner decides from the status and headers what to do with the body; runs on an
   *     HTTP client thread
   */
  RangeTransfer(ByteBuffer dst, Function<HttpResponse.ResponseInfo, Plan> planner) {
    this.dst = dst;
    this.planner = planner;
  }

  @Override
  public HttpResponse.BodySubscriber<Long> apply(HttpResponse.ResponseInfo info) {
    Plan p = planner.apply(info);
    synchronized (this) {
      plan = p;
      toSkip = p.skip();
    }
    touch();
    return this;
  }

  /** The plan chosen for the response (discard until the headers arrived). */
  synchronized Plan plan() {
    return plan;
  }

  /** {@link System#nanoTime()} of the start, of the headers, or of the last body bytes. */
  long lastActivity() {
    return lastActivity;
  }

  /** Bytes written into the buffer so far. */
  synchronized long received() {
    return received;
  }

  /** Stops the transfer: nothing more is written into the buffer. Returns the bytes written. */
  synchronized long abandon() {
    abandoned = true;
    if (subscription != null) {
      subscription.cancel();
    }
    return received;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (abandoned || !plan.accept() || !dst.hasRemaining()) {
      s.cancel();
      result.complete(received);
    } else {
      s.request(1);
    }
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> items) {
    touch();
    if (abandoned || filled) {
      // bytes beyond the range: a 206 longer than asked, or the rest of a 200
      subscription.cancel();
      return;
    }
    boolean leftover = false;
    for (ByteBuffer b : items) {
      if (toSkip > 0) {
        int n = (int) Math.min(toSkip, b.remaining());
        b.position(b.position() + n);
        toSkip -= n;
      }
      int n = Math.min(b.remaining(), dst.remaining());
      if (n > 0) {
        ByteBuffer part = b.slice();
        part.limit(n);
        dst.put(part);
        b.position(b.position() + n);
        received += n;
      }
      leftover |= b.hasRemaining();
    }
    if (!dst.hasRemaining()) {
      filled = true;
      result.complete(received);
      if (leftover || plan.wholeBody()) {
        subscription.cancel();
        return;
      }
    }
    subscription.request(1);
  }

  @Override
  public synchronized void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public synchronized void onComplete() {
    result.complete(received);
  }

  @Override
  public CompletionStage<Long> getBody() {
    return result;
  }

  private void touch() {
    lastActivity = System.nanoTime();
  }
}

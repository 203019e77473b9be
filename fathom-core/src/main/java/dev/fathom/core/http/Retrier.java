package dev.fathom.core.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs an attempt until it succeeds, fails for good, or has failed {@code retries + 1} times in a
 * row, sleeping with exponential backoff between attempts. An attempt that failed after making
 * progress (some bytes arrived) restarts the count, so long transfers over flaky links finish.
 */
public final class Retrier {

  /** One try of an operation; throws {@link Retry} when trying again may help. */
  @FunctionalInterface
  public interface Attempt<T> {
    T run() throws Retry;
  }

  /** Builds the exception thrown when the attempts are exhausted. */
  @FunctionalInterface
  public interface GiveUp {
    RuntimeException after(int attempts, Retry last);
  }

  /** A failure worth retrying; carries no stack trace (it is control flow). */
  public static final class Retry extends Exception {
    private final transient Duration retryAfter;
    private final boolean progressed;

    /**
     * @param reason what went wrong, for the final message
     * @param retryAfter the server's requested delay, or null
     * @param progressed whether the attempt delivered some bytes before failing
     */
    public Retry(String reason, Duration retryAfter, boolean progressed) {
      super(reason, null, false, false);
      this.retryAfter = retryAfter;
      this.progressed = progressed;
    }

    public String reason() {
      return getMessage();
    }

    Duration retryAfter() {
      return retryAfter;
    }

    boolean progressed() {
      return progressed;
    }
  }

  private final int retries;
  private final Duration baseDelay;
  private final Duration maxDelay;

  public Retrier(int retries, Duration baseDelay, Duration maxDelay) {
    this.retries = retries;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
  }

  /**
   * Runs {@code attempt} with retries; the exception of {@code giveUp} when they run out or the
   * thread is interrupted while waiting to retry (its interrupt flag is then set again).
   */
  public <T> T call(Attempt<T> attempt, GiveUp giveUp) {
    int failuresInARow = 0;
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        return attempt.run();
      } catch (Retry r) {
        failuresInARow = r.progressed() ? 1 : failuresInARow + 1;
        if (failuresInARow > retries) {
          throw giveUp.after(attempts, r);
        }
        if (!sleep(delay(failuresInARow, r.retryAfter()))) {
          throw giveUp.after(attempts, new Retry("interrupted while waiting to retry after: " + r.reason(), null, false));
        }
      }
    }
  }

  /**
   * The pause before retry {@code k} (1-based): {@code baseDelay * 2^(k-1)} capped at
   * {@code maxDelay}, randomised to between half and all of it ("equal jitter") so that many
   * clients do not retry in step; at least {@code retryAfter} (capped at {@code maxDelay}).
   */
  Duration delay(int k, Duration retryAfter) {
    long cap = maxDelay.toNanos();
    long exp = baseDelay.toNanos();
    for (int i = 1; i < k && exp < cap; i++) {
      exp *= 2;
    }
    exp = Math.min(exp, cap);
    long d = exp / 2 + (exp > 1 ? ThreadLocalRandom.current().nextLong(exp - exp / 2 + 1) : exp);
    if (retryAfter != null) {
      d = Math.max(d, Math.min(retryAfter.toNanos(), cap));
    }
    return Duration.ofNanos(d);
  }

  /** Sleeps {@code d}; false when interrupted (the flag is set again). */
  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

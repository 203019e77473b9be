package dev.fathom.core.http;

import dev.fathom.core.FathomException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Settings of {@link HttpByteSource}: timeouts, retries, extra request headers.
 *
 * <p>Timeouts: {@code connectTimeout} bounds opening a connection; {@code requestTimeout}
 * bounds the wait for the response headers and, after that, any pause of the body (a transfer
 * that keeps delivering bytes may take longer in total). Retries: a failed request (5xx, 429,
 * 408, connection error, timeout, body shorter than asked) is tried again up to
 * {@code retries} more times, after {@code retryBaseDelay * 2^(k-1)} (k = 1, 2, ...; randomised
 * between half and all of it; at most {@code retryMaxDelay}, at least the server's
 * Retry-After up to that maximum). 404, 403, 416 and other client errors are not retried.
 *
 * <p>System properties ({@link #fromSystemProperties()}): {@code fathom.http.timeoutSeconds}
 * (request timeout; decimals allowed), {@code fathom.http.connectTimeoutSeconds},
 * {@code fathom.http.retries}, {@code fathom.http.retryDelayMillis} (base delay).
 *
 * @param connectTimeout connection timeout, positive
 * @param requestTimeout response and idle-body timeout, positive
 * @param retries extra attempts after the first, at least 0
 * @param retryBaseDelay delay before the first retry, at least 0
 * @param retryMaxDelay largest delay between attempts, at least {@code retryBaseDelay}
 * @param headers extra request headers (e.g. Authorization), copied
 */
public record HttpOptions(
    Duration connectTimeout,
    Duration requestTimeout,
    int retries,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    Map<String, String> headers) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_RETRIES = 5;
  public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(250);
  public static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofSeconds(30);

  public static final String TIMEOUT_PROPERTY = "fathom.http.timeoutSeconds";
  public static final String CONNECT_TIMEOUT_PROPERTY = "fathom.http.connectTimeoutSeconds";
  public static final String RETRIES_PROPERTY = "fathom.http.retries";
  public static final String RETRY_DELAY_PROPERTY = "fathom.http.retryDelayMillis";

  public HttpOptions {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (retries < 0) {
      throw new IllegalArgumentException("retries < 0: " + retries);
    }
    Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
    Objects.requireNonNull(retryMaxDelay, "retryMaxDelay");
    if (retryBaseDelay.isNegative() || retryMaxDelay.compareTo(retryBaseDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= retryBaseDelay <= retryMaxDelay, got " + retryBaseDelay + ", " + retryMaxDelay);
    }
    headers = Map.copyOf(headers);
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }

  /** The defaults: 10 s connect, 60 s request, 5 retries from 250 ms up to 30 s, no headers. */
  public static HttpOptions defaults() {
    return new HttpOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_RETRIES,
        DEFAULT_RETRY_BASE_DELAY, DEFAULT_RETRY_MAX_DELAY, Map.of());
  }

  /** The defaults overridden by the {@code fathom.http.*} system properties. */
  public static HttpOptions fromSystemProperties() {
    return from(System.getProperties());
  }

  /**
   * The defaults overridden by the {@code fathom.http.*} entries of {@code p}. Without a
   * connect timeout property, the connect timeout is the smaller of its default and the request
   * timeout.
   *
   * @throws FathomException naming the property when a value is not a valid number
   */
  public static HttpOptions from(Properties p) {
    HttpOptions d = defaults();
    Duration request = seconds(p, TIMEOUT_PROPERTY, d.requestTimeout);
    Duration connectDefault = request.compareTo(d.connectTimeout) < 0 ? request : d.connectTimeout;
    Duration connect = seconds(p, CONNECT_TIMEOUT_PROPERTY, connectDefault);
    int retries = (int) number(p, RETRIES_PROPERTY, d.retries, 0, 1000);
    Duration base = Duration.ofMillis((long) number(p, RETRY_DELAY_PROPERTY, d.retryBaseDelay.toMillis(), 0, 3_600_000));
    Duration max = base.compareTo(d.retryMaxDelay) > 0 ? base : d.retryMaxDelay;
    return new HttpOptions(connect, request, retries, base, max, d.headers);
  }

  private static Duration seconds(Properties p, String key, Duration fallback) {
    double s = number(p, key, fallback.toMillis() / 1000.0, 0.001, 86_400);
    return Duration.ofMillis(Math.round(s * 1000));
  }

  private static double number(Properties p, String key, double fallback, double min, double max) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      double x = Double.parseDouble(v.strip());
      if (x >= min && x <= max) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FathomException("system property " + key, FathomException.NO_OFFSET,
        "expected a number from " + fmt(min) + " to " + fmt(max) + ", found '" + v + "'");
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  /** These options with other timeouts. */
  public HttpOptions withTimeouts(Duration connect, Duration request) {
    return new HttpOptions(connect, request, retries, retryBaseDelay, retryMaxDelay, headers);
  }

  /** These options with another retry count and base delay (the maximum delay grows to it if needed). */
  public HttpOptions withRetries(int retries, Duration baseDelay) {
    Duration max = baseDelay.compareTo(retryMaxDelay) > 0 ? baseDelay : retryMaxDelay;
    return new HttpOptions(connectTimeout, requestTimeout, retries, baseDelay, max, headers);
  }

  /** These options with one more request header (replacing one of the same name). */
  public HttpOptions withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new HttpOptions(connectTimeout, requestTimeout, retries, retryBaseDelay, retryMaxDelay, h);
  }

  /** Total attempts of one request: {@code retries + 1}. */
  public int attempts() {
    return retries + 1;
  }

  @Override
  public String toString() {
    // header values may be credentials
    return "HttpOptions[connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", retries=" + retries
        + ", retryBaseDelay=" + retryBaseDelay + ", retryMaxDelay=" + retryMaxDelay + ", headers=" + headers.keySet() + "]";
  }
}

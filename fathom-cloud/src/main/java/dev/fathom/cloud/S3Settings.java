package dev.fathom.cloud;

import dev.fathom.core.FathomException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How Fathom talks to S3: where (endpoint, region), how much per request (range and part
 * sizes), how many requests at once, and how patiently (timeouts, retries). Credentials are not
 * here: they always come from the AWS default provider chain (environment, system properties,
 * profile, container or instance role), or none at all with {@code anonymous}.
 *
 * <p>{@link #fromEnvironment()} reads each setting from the system property of the name below,
 * else the environment variable of that name (docs/cloud.md):
 * <ul>
 *   <li>{@code FATHOM_S3_ENDPOINT}: an S3-compatible server, e.g. {@code http://127.0.0.1:9000}
 *       (path-style requests); unset: AWS S3.
 *   <li>{@code AWS_REGION}: the region; unset: us-east-1 with an endpoint, else the AWS region
 *       provider chain, else us-east-1 (buckets of other regions are then reached through
 *       cross-region access).
 *   <li>{@code FATHOM_S3_RANGE_MB}: bytes per ranged GET, 1-8 MiB (default 8).
 *   <li>{@code FATHOM_S3_IN_FLIGHT}: GETs (or part uploads) in flight per source (or output),
 *       1-16 (default 4).
 *   <li>{@code FATHOM_S3_PART_MB}: multipart upload part size, 8-16 MiB (default 8); smaller
 *       outputs are one PUT.
 *   <li>{@code FATHOM_S3_TIMEOUT_SECONDS}: longest silence of a connection (socket read
 *       timeout) before the request is abandoned and retried (default 30).
 *   <li>{@code FATHOM_S3_RETRIES}: retries of a failed request, 0-100 (default 6).
 *   <li>{@code FATHOM_S3_ANONYMOUS}: {@code true} for public buckets without credentials.
 * </ul>
 *
 * @param endpoint S3-compatible endpoint, or null for AWS
 * @param region region name, or null for the provider chain
 * @param rangeSize bytes per ranged GET, 1 to 8 MiB
 * @param inFlight concurrent requests per source or output, 1 to 16
 * @param partSize multipart part size, 5 to 64 MiB (docs: 8 to 16)
 * @param timeout socket read timeout, positive
 * @param retries retries after the first attempt, 0 to 100
 * @param retryBaseDelay delay before the first retry (exponential backoff with jitter after)
 * @param anonymous send unsigned requests
 */
public record S3Settings(
    URI endpoint,
    String region,
    int rangeSize,
    int inFlight,
    int partSize,
    Duration timeout,
    int retries,
    Duration retryBaseDelay,
    boolean anonymous) implements Serializable {

  public static final int MIB = 1 << 20;
  public static final String ENDPOINT = "FATHOM_S3_ENDPOINT";
  public static final String REGION = "AWS_REGION";
  public static final String RANGE_MB = "FATHOM_S3_RANGE_MB";
  public static final String IN_FLIGHT = "FATHOM_S3_IN_FLIGHT";
  public static final String PART_MB = "FATHOM_S3_PART_MB";
  public static final String TIMEOUT_SECONDS = "FATHOM_S3_TIMEOUT_SECONDS";
  public static final String RETRIES = "FATHOM_S3_RETRIES";
  public static final String ANONYMOUS = "FATHOM_S3_ANONYMOUS";

  /** Largest delay between retries. */
  public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(20);

  public S3Settings {
    check(rangeSize >= 1 << 16 && rangeSize <= 8 * MIB, "rangeSize", rangeSize);
    check(inFlight >= 1 && inFlight <= 16, "inFlight", inFlight);
    check(partSize >= 5 * MIB && partSize <= 64 * MIB, "partSize", partSize);
    check(retries >= 0 && retries <= 100, "retries", retries);
    if (timeout.isNegative() || timeout.isZero() || retryBaseDelay.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive and retryBaseDelay >= 0: " + timeout + ", " + retryBaseDelay);
    }
    region = region == null || region.isBlank() ? null : region.strip();
  }

  private static void check(boolean ok, String what, long value) {
    if (!ok) {
      throw new IllegalArgumentException(what + " out of range: " + value);
    }
  }

  /** No endpoint, region from the chain, 8 MiB ranges, 4 in flight, 8 MiB parts, 30 s, 6 retries from 200 ms. */
  public static S3Settings defaults() {
    return new S3Settings(null, null, 8 * MIB, 4, 8 * MIB, Duration.ofSeconds(30), 6, Duration.ofMillis(200), false);
  }

  /** The defaults overridden by system properties, else environment variables, of the names above. */
  public static S3Settings fromEnvironment() {
    return from(name -> {
      String v = System.getProperty(name);
      return v != null ? v : System.getenv(name);
    });
  }

  /**
   * The defaults overridden by the values {@code lookup} gives for the names above (null: unset).
   *
   * @throws FathomException naming the setting when a value is invalid
   */
  public static S3Settings from(UnaryOperator<String> lookup) {
    S3Settings d = defaults();
    String endpoint = lookup.apply(ENDPOINT);
    URI uri = null;
    if (endpoint != null && !endpoint.isBlank()) {
      try {
        uri = URI.create(endpoint.strip());
      } catch (IllegalArgumentException e) {
        uri = null;
      }
      if (uri == null || uri.getScheme() == null || uri.getHost() == null
          || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
        throw new FathomException("setting " + ENDPOINT, FathomException.NO_OFFSET,
            "expected an http(s) URL such as http://127.0.0.1:9000, found '" + endpoint + "'");
      }
    }
    return new S3Settings(uri, lookup.apply(REGION),
        (int) integer(lookup, RANGE_MB, 8, 1, 8) * MIB,
        (int) integer(lookup, IN_FLIGHT, d.inFlight, 1, 16),
        (int) integer(lookup, PART_MB, 8, 8, 16) * MIB,
        Duration.ofMillis((long) (number(lookup, TIMEOUT_SECONDS, 30, 0.1, 3600, false) * 1000)),
        (int) integer(lookup, RETRIES, d.retries, 0, 100),
        d.retryBaseDelay,
        Boolean.parseBoolean(String.valueOf(lookup.apply(ANONYMOUS)).strip().toLowerCase(Locale.ROOT)));
  }

  private static double integer(UnaryOperator<String> lookup, String name, double fallback, double min, double max) {
    return number(lookup, name, fallback, min, max, true);
  }

  private static double number(UnaryOperator<String> lookup, String name, double fallback, double min, double max, boolean integral) {
    String v = lookup.apply(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      double x = Double.parseDouble(v.strip());
      if (x >= min && x <= max && (!integral || x == Math.rint(x))) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FathomException("setting " + name, FathomException.NO_OFFSET,
        "expected " + (integral ? "a whole number" : "a number") + " from " + fmt(min) + " to " + fmt(max) + ", found '" + v + "'");
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  /** These settings with another endpoint. */
  public S3Settings withEndpoint(URI endpoint) {
    return new S3Settings(endpoint, region, rangeSize, inFlight, partSize, timeout, retries, retryBaseDelay, anonymous);
  }

  /** These settings with another range size (bytes) and in-flight count. */
  public S3Settings withRanges(int rangeSize, int inFlight) {
    return new S3Settings(endpoint, region, rangeSize, inFlight, partSize, timeout, retries, retryBaseDelay, anonymous);
  }

  /** These settings with another part size (bytes). */
  public S3Settings withPartSize(int partSize) {
    return new S3Settings(endpoint, region, rangeSize, inFlight, partSize, timeout, retries, retryBaseDelay, anonymous);
  }

  /** These settings with another socket timeout, retry count and first retry delay. */
  public S3Settings withPatience(Duration timeout, int retries, Duration retryBaseDelay) {
    return new S3Settings(endpoint, region, rangeSize, inFlight, partSize, timeout, retries, retryBaseDelay, anonymous);
  }

  /** What identifies a client: everything but the per-source sizes and counts. */
  ClientKey clientKey() {
    return new ClientKey(endpoint, region, timeout, retries, retryBaseDelay, anonymous);
  }

  record ClientKey(URI endpoint, String region, Duration timeout, int retries, Duration retryBaseDelay, boolean anonymous) {}
}

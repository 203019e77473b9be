package dev.fathom.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.FathomException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The small parts of the http source: Content-Range, statuses, URL redaction, options, backoff. */
class HttpPartsTest {

  @Test
  void contentRange() {
    assertEquals(new ContentRange(0, 99, 1000), ContentRange.parse("bytes 0-99/1000"));
    assertEquals(new ContentRange(5, 5, -1), ContentRange.parse("bytes 5-5/*"));
    assertEquals(new ContentRange(-1, -1, 0), ContentRange.parse("bytes */0"));
    assertEquals(new ContentRange(7, 9, 10), ContentRange.parse(" Bytes 7 - 9 / 10 "));
    assertNull(ContentRange.parse(null));
    assertNull(ContentRange.parse("bytes */*"));
    assertNull(ContentRange.parse("items 0-1/2"));
    assertNull(ContentRange.parse("bytes 0-99999999999999999999/1"));
  }

  @Test
  void statuses() {
    for (int s : new int[] {408, 429, 500, 502, 503, 504}) {
      assertTrue(HttpStatuses.retryable(s), "" + s);
    }
    for (int s : new int[] {200, 206, 400, 401, 403, 404, 410, 416, 501, 505}) {
      assertFalse(HttpStatuses.retryable(s), "" + s);
    }
    assertEquals("HTTP 416 (Range Not Satisfiable)", HttpStatuses.describe(416));
    assertEquals("HTTP 599", HttpStatuses.describe(599));
  }

  @Test
  void retryAfter() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    assertEquals(Duration.ofSeconds(3), HttpStatuses.retryAfter(headers("Retry-After", "3"), now));
    assertEquals(Duration.ofSeconds(90), HttpStatuses.retryAfter(headers("Retry-After", "Wed, 01 Jan 2025 00:01:30 GMT"), now));
    assertEquals(Duration.ZERO, HttpStatuses.retryAfter(headers("Retry-After", "Tue, 31 Dec 2024 00:00:00 GMT"), now));
    assertNull(HttpStatuses.retryAfter(headers("Retry-After", "soon"), now));
    assertNull(HttpStatuses.retryAfter(headers("X", "1"), now));
  }

  private static HttpHeaders headers(String k, String v) {
    return HttpHeaders.of(Map.of(k, List.of(v)), (a, b) -> true);
  }

  @Test
  void redaction() {
    assertEquals("https://host:8443/a/b.npy", Urls.redact(URI.create("https://me:secret@host:8443/a/b.npy")));
    assertEquals("https://b.s3.amazonaws.com/k.npy?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED"
            + "&X-Amz-Signature=REDACTED&versionId=3",
        Urls.redact(URI.create("https://b.s3.amazonaws.com/k.npy?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIA%2F2025&X-Amz-Signature=deadbeef&versionId=3")));
    assertEquals("https://acct.blob.core.windows.net/c/f?sv=2020&sig=REDACTED&token=REDACTED&api_key=REDACTED&flag",
        Urls.redact(URI.create("https://acct.blob.core.windows.net/c/f?sv=2020&sig=abc&token=t&api_key=k&flag")));
    assertEquals("http://h", Urls.redact(URI.create("http://h")));
  }

  @Test
  void optionsDefaultsAndProperties() {
    HttpOptions d = HttpOptions.defaults();
    assertEquals(Duration.ofSeconds(10), d.connectTimeout());
    assertEquals(Duration.ofSeconds(60), d.requestTimeout());
    assertEquals(5, d.retries());
    assertEquals(6, d.attempts());

    Properties p = new Properties();
    p.setProperty("fathom.http.timeoutSeconds", "2.5");
    p.setProperty("fathom.http.retries", "0");
    p.setProperty("fathom.http.retryDelayMillis", "40");
    HttpOptions o = HttpOptions.from(p);
    assertEquals(Duration.ofMillis(2500), o.requestTimeout());
    assertEquals(Duration.ofMillis(2500), o.connectTimeout(), "connect timeout follows a shorter request timeout");
    assertEquals(0, o.retries());
    assertEquals(Duration.ofMillis(40), o.retryBaseDelay());

    p.setProperty("fathom.http.connectTimeoutSeconds", "1");
    assertEquals(Duration.ofSeconds(1), HttpOptions.from(p).connectTimeout());
    assertEquals(d, HttpOptions.from(new Properties()));
  }

  @Test
  void badPropertiesAreNamed() {
    for (String[] kv : new String[][] {{"fathom.http.retries", "many"}, {"fathom.http.retries", "-1"},
        {"fathom.http.timeoutSeconds", "0"}}) {
      Properties p = new Properties();
      p.setProperty(kv[0], kv[1]);
      FathomException e = assertThrows(FathomException.class, () -> HttpOptions.from(p));
      assertEquals("system property " + kv[0], e.source());
      assertTrue(e.getMessage().contains("'" + kv[1] + "'"), e.getMessage());
    }
  }

  @Test
  void optionsValidation() {
    HttpOptions d = HttpOptions.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> d.withRetries(-1, Duration.ZERO));
    assertEquals(Duration.ofMinutes(5), d.withRetries(1, Duration.ofMinutes(5)).retryMaxDelay());
    HttpOptions h = d.withHeader("Authorization", "Bearer secret");
    assertEquals("Bearer secret", h.headers().get("Authorization"));
    assertFalse(h.toString().contains("secret"), h.toString());
  }

  @Test
  void backoffGrowsIsCappedAndHonoursRetryAfter() {
    Retrier r = new Retrier(5, Duration.ofMillis(100), Duration.ofSeconds(1));
    for (int i = 0; i < 50; i++) {
      assertBetween(50, 100, r.delay(1, null));
      assertBetween(100, 200, r.delay(2, null));
      assertBetween(200, 400, r.delay(3, null));
      assertBetween(500, 1000, r.delay(10, null));
      assertBetween(500, 1000, r.delay(1000, null));
      assertBetween(700, 1000, r.delay(1, Duration.ofMillis(700)));
      assertBetween(1000, 1000, r.delay(1, Duration.ofHours(1)));
    }
    assertEquals(Duration.ZERO, new Retrier(1, Duration.ZERO, Duration.ZERO).delay(3, null));
  }

  private static void assertBetween(long loMillis, long hiMillis, Duration d) {
    assertTrue(d.toNanos() >= loMillis * 1_000_000 && d.toNanos() <= hiMillis * 1_000_000, d.toString());
  }

  @Test
  void retrierCountsFailuresInARow() {
    Retrier r = new Retrier(2, Duration.ZERO, Duration.ZERO);
    AtomicInteger calls = new AtomicInteger();
    // progress resets the count: 5 failures with progress, then success
    assertEquals("done", r.call(() -> {
      if (calls.incrementAndGet() <= 5) {
        throw new Retrier.Retry("partial", null, true);
      }
      return "done";
    }, (n, last) -> new IllegalStateException()));
    assertEquals(6, calls.get());

    calls.set(0);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.call(() -> {
      calls.incrementAndGet();
      throw new Retrier.Retry("nope", null, false);
    }, (n, last) -> new IllegalStateException(n + " " + last.reason())));
    assertEquals("3 nope", e.getMessage());
    assertEquals(3, calls.get());
  }
}

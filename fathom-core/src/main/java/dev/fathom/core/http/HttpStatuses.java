package dev.fathom.core.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** What HTTP status codes mean for a reader: which are worth retrying, and how to name them. */
final class HttpStatuses {
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(200, "OK"),
      Map.entry(206, "Partial Content"),
      Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"),
      Map.entry(408, "Request Timeout"),
      Map.entry(410, "Gone"),
      Map.entry(412, "Precondition Failed"),
      Map.entry(416, "Range Not Satisfiable"),
      Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  private HttpStatuses() {}

  /** True for statuses that may succeed if asked again: 408, 429 and 5xx but 501 and 505. */
  static boolean retryable(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
  }

  /** True for 2xx. */
  static boolean success(int status) {
    return status >= 200 && status <= 299;
  }

  /** {@code HTTP 404 (Not Found)}. */
  static String describe(int status) {
    String reason = REASONS.get(status);
    return "HTTP " + status + (reason == null ? "" : " (" + reason + ")");
  }

  /**
   * The Retry-After delay of a response (delta seconds or an HTTP date), or null when absent or
   * unreadable.
   */
  static Duration retryAfter(HttpHeaders headers, Instant now) {
    String v = headers.firstValue("Retry-After").orElse(null);
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      // not delta seconds; try a date
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

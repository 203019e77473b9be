package dev.fathom.core.http;

import java.net.URI;
import java.util.regex.Pattern;

/** URLs as they may appear in messages and logs: without passwords or signatures. */
final class Urls {
  /** Query parameters whose values are secrets (presigned S3/GCS/Azure URLs, tokens). */
  private static final Pattern SECRET = Pattern.compile(
      "(?i)(?:^|[-_.])(?:signature|sig|token|credential|secret|password|passwd|key|apikey|auth|authorization)$");

  private Urls() {}

  /**
   * {@code uri} without user information, and with the values of secret-looking query
   * parameters replaced by {@code REDACTED}.
   */
  static String redact(URI uri) {
    StringBuilder sb = new StringBuilder();
    sb.append(uri.getScheme()).append("://");
    if (uri.getRawAuthority() != null) {
      String auth = uri.getRawAuthority();
      int at = auth.lastIndexOf('@');
      sb.append(at >= 0 ? auth.substring(at + 1) : auth);
    }
    if (uri.getRawPath() != null) {
      sb.append(uri.getRawPath());
    }
    String query = uri.getRawQuery();
    if (query != null) {
      sb.append('?');
      String[] params = query.split("&", -1);
      for (int i = 0; i < params.length; i++) {
        if (i > 0) {
          sb.append('&');
        }
        int eq = params[i].indexOf('=');
        String key = eq < 0 ? params[i] : params[i].substring(0, eq);
        sb.append(eq >= 0 && SECRET.matcher(key).find() ? key + "=REDACTED" : params[i]);
      }
    }
    return sb.toString();
  }
}

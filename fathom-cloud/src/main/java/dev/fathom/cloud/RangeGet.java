package dev.fathom.cloud;

import dev.fathom.core.SourceAccessException;
import dev.fathom.core.http.Retrier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Reads one byte range of an object: a ranged GET ({@code Range: bytes=a-b}) whose body is
 * copied into the caller's buffer. Two layers of retry:
 * <ul>
 *   <li>a request that fails before its body (5xx, 429, 503 SlowDown, connection refused, no
 *       answer within the socket timeout) is retried by the SDK's retry strategy
 *       ({@link S3Clients});
 *   <li>a body that ends early (a short read: the server sent fewer bytes than asked, or the
 *       connection dropped) or stalls longer than the socket timeout is resumed here with a
 *       new GET of the bytes still missing, after an exponential backoff with jitter
 *       ({@link Retrier}; a resumption that delivered bytes restarts the count).
 * </ul>
 * Every response's {@code Content-Range} total must equal the size seen at open: an object
 * replaced or truncated since then fails at once, naming the object and the range.
 */
final class RangeGet {
  private final S3Client client;
  private final S3Location location;
  private final String name;
  private final long size;
  private final Retrier retrier;

  RangeGet(S3Client client, S3Location location, long size, S3Settings settings) {
    this.client = client;
    this.location = location;
    this.name = location.toString();
    this.size = size;
    this.retrier = new Retrier(settings.retries(), settings.retryBaseDelay(), S3Settings.MAX_RETRY_DELAY);
  }

  /** {@code bytes=a-b} for {@code length} bytes from {@code position} (HTTP's inclusive form). */
  static String range(long position, long length) {
    return "bytes=" + position + "-" + (position + length - 1);
  }

  /** Fills what remains of {@code dst} with the bytes from {@code position}. */
  void read(long position, ByteBuffer dst) {
    int length = dst.remaining();
    int start = dst.position();
    retrier.call(
        () -> attempt(position + (dst.position() - start), dst, position, length),
        (attempts, last) -> new SourceAccessException(name, position + (dst.position() - start), "gave up after "
            + attempts + " attempts reading " + range(position, length) + ": " + last.reason()));
  }

  private Void attempt(long pos, ByteBuffer dst, long askedPos, int askedLength) throws Retrier.Retry {
    int want = dst.remaining();
    String range = range(pos, want);
    ResponseInputStream<GetObjectResponse> in;
    try {
      in = client.getObject(GetObjectRequest.builder().bucket(location.bucket()).key(location.key()).range(range).build());
    } catch (SdkException e) {
      throw new SourceAccessException(name, pos, S3Errors.describe(e, location) + " reading " + range(askedPos, askedLength)
          + (S3Errors.status(e) == 416 ? "; it had " + size + " bytes when opened: truncated since?" : ""), e);
    }
    int got = 0;
    try {
      checkContentRange(in.response().contentRange(), pos, range);
      got = copy(in, dst);
      if (dst.hasRemaining()) {
        in.abort();
        throw new Retrier.Retry("short read: the body ended after " + got + " of " + want + " bytes of " + range, null, got > 0);
      }
      if (in.response().contentLength() != null && in.response().contentLength() > want) {
        in.abort(); // more than asked (a server ignoring the range): do not drain it
      }
      in.close();
      return null;
    } catch (IOException e) {
      in.abort();
      throw new Retrier.Retry("body failed after " + got + " of " + want + " bytes of " + range + ": " + e, null, got > 0);
    } catch (RuntimeException e) {
      in.abort();
      throw e;
    }
  }

  private void checkContentRange(String contentRange, long pos, String range) {
    if (contentRange == null) {
      return; // a 200 from a server that ignores ranges; the length check below still holds
    }
    // bytes FIRST-LAST/TOTAL
    int slash = contentRange.lastIndexOf('/');
    int dash = contentRange.indexOf('-');
    try {
      long first = Long.parseLong(contentRange.substring(contentRange.indexOf(' ') + 1, dash).strip());
      String totalText = contentRange.substring(slash + 1).strip();
      long total = totalText.equals("*") ? size : Long.parseLong(totalText);
      if (total != size) {
        throw new SourceAccessException(name, pos, "the object changed since it was opened: it had " + size
            + " bytes, now " + total + " (reading " + range + ")");
      }
      if (first != pos) {
        throw new SourceAccessException(name, pos, "the store sent bytes from " + first + " instead of " + range);
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new SourceAccessException(name, pos, "unreadable Content-Range '" + contentRange + "' for " + range);
    }
  }

  /** Copies the body into {@code dst} until it is full or the body ends; returns the bytes copied. */
  private static int copy(InputStream in, ByteBuffer dst) throws IOException {
    int got = 0;
    byte[] tmp = dst.hasArray() ? null : new byte[64 << 10];
    while (dst.hasRemaining()) {
      int n;
      if (tmp == null) {
        n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
        if (n > 0) {
          dst.position(dst.position() + n);
        }
      } else {
        n = in.read(tmp, 0, Math.min(tmp.length, dst.remaining()));
        if (n > 0) {
          dst.put(tmp, 0, n);
        }
      }
      if (n < 0) {
        break;
      }
      got += Math.max(n, 0);
    }
    return got;
  }
}

package dev.fathom.cloud;

import dev.fathom.core.FathomException;
import java.io.Serializable;
import java.net.URI;
import java.util.Locale;

/**
 * A bucket and a key (or key prefix) named by an {@code s3://bucket/key} URI. The key is the
 * URI's path without its leading slash, percent-decoded; it may be empty (a whole bucket, for
 * an output store).
 *
 * @param bucket bucket name
 * @param key object key or prefix, possibly empty
 */
public record S3Location(String bucket, String key) implements Serializable {

  /**
   * The location of an {@code s3://} URI.
   *
   * @throws FathomException naming the URI when it is not {@code s3://bucket[/key]}
   */
  public static S3Location of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("s3")) {
      throw new IllegalArgumentException("not an s3:// URI: " + uri);
    }
    String bucket = uri.getAuthority();
    if (bucket == null || bucket.isEmpty() || uri.getQuery() != null || uri.getFragment() != null) {
      throw new FathomException(uri.toString(), FathomException.NO_OFFSET,
          "expected s3://BUCKET/KEY (no user, port, query or fragment)");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    return new S3Location(bucket, path.startsWith("/") ? path.substring(1) : path);
  }

  /** The location of {@code name} under this prefix ({@code /} inserted when needed). */
  public S3Location child(String name) {
    return new S3Location(bucket, prefix() + name);
  }

  /** The key as a prefix of children: empty, or ending with {@code /}. */
  public String prefix() {
    return key.isEmpty() || key.endsWith("/") ? key : key + "/";
  }

  /** The {@code s3://bucket/key} URI (key characters that URIs do not allow are percent-encoded). */
  public URI uri() {
    try {
      return new URI("s3", bucket, "/" + key, null, null);
    } catch (java.net.URISyntaxException e) {
      throw new FathomException("s3://" + bucket + "/" + key, FathomException.NO_OFFSET, "not a valid S3 location: " + e.getMessage());
    }
  }

  /** {@code s3://bucket/key} as {@link #uri()}: the name in messages, and a string that opens it again. */
  @Override
  public String toString() {
    return uri().toASCIIString();
  }
}

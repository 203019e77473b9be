package dev.fathom.cloud;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.ByteBuffer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * An object in S3 or an S3-compatible store, {@code s3://bucket/key}, read by ranged GETs
 * (AWS SDK for Java v2, one shared client per endpoint and region: {@link S3Clients}).
 *
 * <p>The size comes from a HEAD request when the source is opened; a missing object or bucket,
 * or a refused one (403), is a {@link SourceAccessException} naming the object. Reads go through
 * {@link ReadAhead} (ranges of {@link S3Settings#rangeSize()} bytes, up to
 * {@link S3Settings#inFlight()} at once, read-ahead for sequential scans) and {@link RangeGet}
 * (retries, resumption of short or stalled bodies, detection of an object changed since it was
 * opened). A read past the end names the object, the range and the size.
 *
 * <p>Serialisable by its URI and settings: a deserialised copy (e.g. on a Spark executor) opens
 * the object again, with that JVM's credentials. Thread-safe.
 */
public final class S3ByteSource implements ByteSource, Serializable {
  private static final long serialVersionUID = 1L;

  private final transient S3Location location;
  private final transient S3Settings settings;
  private final transient String name;
  private final transient long size;
  private final transient ReadAhead reads;
  private transient volatile boolean closed;

  private S3ByteSource(S3Location location, S3Settings settings, S3Client client, long size) {
    this.location = location;
    this.settings = settings;
    this.name = location.toString();
    this.size = size;
    RangeGet get = new RangeGet(client, location, size, settings);
    this.reads = new ReadAhead(name, size, settings.rangeSize(), settings.inFlight(), get::read, S3Clients.IO);
  }

  /** Opens {@code s3://bucket/key} with the settings of the environment ({@link S3Settings#fromEnvironment()}). */
  public static S3ByteSource open(URI uri) {
    return open(uri, S3Settings.fromEnvironment());
  }

  /**
   * Opens {@code s3://bucket/key} with {@code settings}.
   *
   * @throws SourceAccessException if the object or its bucket does not exist, access is denied,
   *     or the store cannot be reached
   */
  public static S3ByteSource open(URI uri, S3Settings settings) {
    S3Location location = S3Location.of(uri);
    if (location.key().isEmpty() || location.key().endsWith("/")) {
      throw new SourceAccessException(location.toString(), FathomException.NO_OFFSET, "names a bucket or prefix, expected an object");
    }
    S3Client client = S3Clients.get(settings);
    return new S3ByteSource(location, settings, client, head(client, location));
  }

  private static long head(S3Client client, S3Location location) {
    try {
      HeadObjectResponse r = client.headObject(b -> b.bucket(location.bucket()).key(location.key()));
      return r.contentLength();
    } catch (SdkException e) {
      String detail = S3Errors.describe(e, location);
      if (S3Errors.notFound(e) && !bucketExists(client, location)) {
        detail = "no such bucket '" + location.bucket() + "' (HTTP 404)";
      }
      throw new SourceAccessException(location.toString(), FathomException.NO_OFFSET, detail, e);
    }
  }

  /** False only when the store says the bucket is missing (a HEAD answers 404 without a code). */
  private static boolean bucketExists(S3Client client, S3Location location) {
    try {
      client.headBucket(b -> b.bucket(location.bucket()));
      return true;
    } catch (SdkException e) {
      return !S3Errors.notFound(e);
    }
  }

  /** {@code s3://bucket/key}: also the string that opens this object again. */
  @Override
  public String name() {
    return name;
  }

  /** The bucket and key. */
  public S3Location location() {
    return location;
  }

  /** The settings this source was opened with. */
  public S3Settings settings() {
    return settings;
  }

  /** Size in bytes at open. */
  @Override
  public long size() {
    return size;
  }

  /** The range size: one GET per read of this size. */
  @Override
  public int preferredReadSize() {
    return settings.rangeSize();
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
      throw new SourceAccessException(name, Math.min(position, size), "unexpected end of object: wanted " + length
          + " bytes from byte " + position + " (" + RangeGet.range(position, length) + "), the object has " + size + " bytes");
    }
    if (length > 0) {
      reads.read(position, dst);
    }
  }

  /** Ranged GETs sent so far, retries not counted (for tests and benchmarks). */
  public long requests() {
    return reads.requests();
  }

  /** Read-ahead stops at byte {@code end}: a scan of one range fetches nothing past it. */
  @Override
  public void limitReadAhead(long end) {
    reads.limit(end);
  }

  /** Drops cached blocks and cancels read-ahead not yet sent; the shared client stays open for other sources. */
  @Override
  public void close() {
    closed = true;
    reads.close();
  }

  @Override
  public String toString() {
    return name;
  }

  private Object writeReplace() {
    return new SerialForm(name, settings);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("S3ByteSource is serialised as its URI");
  }

  /** What is serialised: the URI and the settings; reading it opens the object again. */
  private record SerialForm(String uri, S3Settings settings) implements Serializable {
    private Object readResolve() {
      return open(URI.create(uri), settings);
    }
  }
}

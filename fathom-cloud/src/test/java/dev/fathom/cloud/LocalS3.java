package dev.fathom.cloud;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server in this JVM for tests and benchmarks: s3proxy on 127.0.0.1 at an
 * ephemeral port, over an in-memory ("transient") or folder ("filesystem-nio2") blob store.
 * With signatures checked, the credentials are set as the AWS system properties that the
 * default credentials chain reads.
 */
final class LocalS3 implements AutoCloseable {
  static final String ACCESS_KEY = "fathom-test";
  static final String SECRET_KEY = "fathom-test-secret";

  private final S3Proxy proxy;
  private final URI endpoint;
  private final boolean anonymous;

  private LocalS3(S3Proxy proxy, URI endpoint, boolean anonymous) {
    this.proxy = proxy;
    this.endpoint = endpoint;
    this.anonymous = anonymous;
  }

  /** An in-memory server checking AWS signatures. */
  static LocalS3 start() throws Exception {
    return start(null, true);
  }

  /**
   * A server over {@code folder} (null: in memory); {@code signed}: check AWS V2/V4 signatures,
   * else accept any request (for tests with a proxy in front, which changes the Host header).
   */
  static LocalS3 start(Path folder, boolean signed) throws Exception {
    Properties p = new Properties();
    BlobStore store;
    if (folder == null) {
      store = BlobStores.create("transient", p);
    } else {
      p.setProperty("jclouds.filesystem.basedir", folder.toString());
      store = BlobStores.create("filesystem-nio2", p);
    }
    System.setProperty("aws.accessKeyId", ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", SECRET_KEY);
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(store)
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(signed ? AuthenticationType.AWS_V2_OR_V4 : AuthenticationType.NONE,
            signed ? ACCESS_KEY : "", signed ? SECRET_KEY : "")
        .build();
    proxy.start();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
      }
      Thread.sleep(5);
    }
    return new LocalS3(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()), !signed);
  }

  URI endpoint() {
    return endpoint;
  }

  /** Settings for this server: small ranges and parts so that tests cross many boundaries, quick retries. */
  S3Settings settings() {
    return settings(endpoint);
  }

  /** The test settings pointed at {@code endpoint} (a proxy in front of this server). */
  S3Settings settings(URI at) {
    return new S3Settings(at, null, 64 << 10, 4, 5 << 20, Duration.ofSeconds(10), 4, Duration.ofMillis(10), anonymous);
  }

  S3Client client() {
    return S3Clients.get(settings());
  }

  void createBucket(String bucket) {
    client().createBucket(b -> b.bucket(bucket));
  }

  void put(String bucket, String key, byte[] data) {
    client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(data));
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}

package dev.fathom.spark;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.BlobStores;

/**
 * An S3-compatible server (s3proxy) on 127.0.0.1 over a folder: each sub-folder is a bucket and
 * each file an object, so a test puts an object by writing a file. Anonymous (no signatures),
 * reached through {@code FATHOM_S3_ENDPOINT} with {@code FATHOM_S3_ANONYMOUS=true}.
 */
final class LocalS3Server implements AutoCloseable {
  private final S3Proxy proxy;

  LocalS3Server(Path folder) throws Exception {
    Properties p = new Properties();
    p.setProperty("jclouds.filesystem.basedir", folder.toString());
    BlobStore store = BlobStores.create("filesystem-nio2", p);
    proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.NONE, "", "").build();
    proxy.start();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
      Thread.sleep(5);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}

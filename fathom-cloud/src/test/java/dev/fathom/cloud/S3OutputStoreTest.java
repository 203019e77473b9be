package dev.fathom.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SinkAccessException;
import dev.fathom.core.store.AtomicOutput;
import dev.fathom.core.store.OutputStore;
import dev.fathom.core.store.OutputStoreContract;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The output-store contract on s3proxy, plus what is particular to S3: PUT or multipart, aborted uploads. */
class S3OutputStoreTest extends OutputStoreContract {
  private static final String BUCKET = "outputs";
  private static LocalS3 s3;
  private static String endpointBefore;
  private static final java.util.concurrent.atomic.AtomicInteger STORES = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
    s3.createBucket(BUCKET);
    // outputs are read back through ByteSource.open(locationOf(name)): the environment's settings
    endpointBefore = System.getProperty(S3Settings.ENDPOINT);
    System.setProperty(S3Settings.ENDPOINT, s3.endpoint().toString());
  }

  @AfterAll
  static void stop() throws Exception {
    if (endpointBefore == null) {
      System.clearProperty(S3Settings.ENDPOINT);
    } else {
      System.setProperty(S3Settings.ENDPOINT, endpointBefore);
    }
    s3.close();
  }

  @Override
  protected OutputStore store() {
    return S3OutputStore.open(URI.create("s3://" + BUCKET + "/run" + STORES.getAndIncrement()), s3.settings()); // 5 MiB parts
  }

  @Override
  protected int largeSize() {
    return 12 << 20; // 3 parts, the last one short
  }

  private static int pendingUploads() {
    return s3.client().listMultipartUploads(b -> b.bucket(BUCKET)).uploads().size();
  }

  @Test
  void multipartUploadIsInvisibleUntilClosedAndAbortLeavesNoUpload() throws IOException {
    OutputStore store = store();
    AtomicOutput out = store.create("m.bin");
    out.write(bytes(11 << 20, 9)); // two parts sent while writing
    assertEquals(1, pendingUploads());
    assertFalse(store.exists("m.bin"));
    assertEquals(List.of(), store.list(""));
    out.abort();
    assertEquals(0, pendingUploads());
    assertFalse(store.exists("m.bin"));
  }

  @Test
  void openByUriFindsTheS3Store() {
    OutputStore store = OutputStore.open("s3://" + BUCKET + "/by-uri/");
    assertInstanceOf(S3OutputStore.class, store);
    assertEquals("s3://outputs/by-uri/", store.location());
    assertEquals("s3://outputs/by-uri/a/b.npy", store.locationOf("a/b.npy"));
    store.write("a/b.npy", out -> out.write(1));
    assertTrue(store.exists("a/b.npy"));
  }

  @Test
  void missingBucketIsASinkErrorNamingTheObject() {
    OutputStore store = S3OutputStore.open(URI.create("s3://no-such-bucket/p"), s3.settings());
    SinkAccessException e = assertThrows(SinkAccessException.class, () -> store.write("x.bin", out -> out.write(1)));
    assertTrue(e.getMessage().startsWith("s3://no-such-bucket/p/x.bin: cannot write: no such bucket 'no-such-bucket'"), e.getMessage());
    AtomicOutput big = store.create("y.bin");
    IOException io = assertThrows(IOException.class, () -> big.write(bytes(6 << 20, 1)));
    assertTrue(io.getMessage().contains("s3://no-such-bucket/p/y.bin"), io.getMessage());
  }
}

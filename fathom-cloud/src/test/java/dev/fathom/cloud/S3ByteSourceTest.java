package dev.fathom.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.ByteSource;
import dev.fathom.core.SourceAccessException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3ByteSourceTest {
  private static final String BUCKET = "data";
  private static LocalS3 s3;
  private static byte[] big;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
    s3.createBucket(BUCKET);
    big = bytes(1_000_003, 11); // 15.3 ranges of 64 KiB: a partial last range
    s3.put(BUCKET, "big.bin", big);
    s3.put(BUCKET, "empty.bin", new byte[0]);
    s3.put(BUCKET, "one.bin", new byte[] {-7});
    s3.put(BUCKET, "dir/with space+plus.bin", new byte[] {1, 2, 3});
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
  }

  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new SplittableRandom(seed).nextBytes(b);
    return b;
  }

  private static S3ByteSource open(String key) {
    return S3ByteSource.open(URI.create("s3://" + BUCKET + "/" + key), s3.settings());
  }

  static byte[] readAll(ByteSource s) {
    ByteBuffer b = s.read(0, Math.toIntExact(s.size()));
    byte[] a = new byte[b.remaining()];
    b.get(a);
    return a;
  }

  @Test
  void wholeObjectsMatchTheirBytes() {
    try (S3ByteSource s = open("big.bin")) {
      assertEquals(big.length, s.size());
      assertEquals("s3://data/big.bin", s.name());
      assertEquals(64 << 10, s.preferredReadSize());
      assertArrayEquals(big, readAll(s));
    }
    try (S3ByteSource s = open("empty.bin")) {
      assertEquals(0, s.size());
      assertArrayEquals(new byte[0], readAll(s));
      assertThrows(SourceAccessException.class, () -> s.read(0, 1));
    }
    try (S3ByteSource s = open("one.bin")) {
      assertEquals(1, s.size());
      assertArrayEquals(new byte[] {-7}, readAll(s));
    }
    try (S3ByteSource s = S3ByteSource.open(URI.create("s3://data/dir/with%20space+plus.bin"), s3.settings())) {
      assertArrayEquals(new byte[] {1, 2, 3}, readAll(s));
      assertEquals(s.name(), S3ByteSource.open(URI.create(s.name()), s3.settings()).name()); // the name opens it again
    }
  }

  @Test
  void randomRangesMatchTheSource() {
    SplittableRandom rnd = new SplittableRandom(5);
    try (S3ByteSource s = open("big.bin")) {
      for (int i = 0; i < 60; i++) {
        int len = rnd.nextInt(4) == 0 ? rnd.nextInt(300_000) : rnd.nextInt(5000);
        int pos = rnd.nextInt(big.length - len + 1);
        ByteBuffer dst = rnd.nextBoolean() ? ByteBuffer.allocate(len + 3) : ByteBuffer.allocateDirect(len + 3);
        dst.position(3);
        s.readFully(pos, dst);
        assertEquals(len + 3, dst.position());
        for (int k = 0; k < len; k++) {
          if (dst.get(3 + k) != big[pos + k]) {
            throw new AssertionError("byte " + (pos + k) + " differs (read of " + len + " at " + pos + ")");
          }
        }
      }
    }
  }

  @Test
  void sequentialScanReadsAheadInWholeRanges() {
    try (S3ByteSource s = open("big.bin")) {
      byte[] got = new byte[big.length];
      int step = 10_000; // many reads per 64 KiB range
      for (int pos = 0; pos < big.length; pos += step) {
        int n = Math.min(step, big.length - pos);
        s.readFully(pos, ByteBuffer.wrap(got, pos, n));
      }
      assertArrayEquals(big, got);
      long ranges = (big.length + (64 << 10) - 1) / (64 << 10);
      // one exact GET for the first read, then each 64 KiB range once (more only if evicted)
      assertTrue(s.requests() <= ranges + 1, s.requests() + " GETs for " + ranges + " ranges");
    }
  }

  @Test
  void aScanWithAReadAheadLimitFetchesNothingPastIt() {
    int range = 64 << 10;
    int end = 6 * range + 1000; // the scan's range: 0 .. end-1, far from the object's end
    try (S3ByteSource limited = open("big.bin"); S3ByteSource free = open("big.bin")) {
      limited.limitReadAhead(end);
      for (S3ByteSource s : List.of(limited, free)) {
        byte[] got = new byte[end];
        for (int pos = 0; pos < end; pos += 10_000) {
          s.readFully(pos, ByteBuffer.wrap(got, pos, Math.min(10_000, end - pos)));
        }
        assertArrayEquals(java.util.Arrays.copyOf(big, end), got);
      }
      // ranges 0..6 hold the scan; one exact GET for the first read, then those ranges once
      assertTrue(limited.requests() <= 7 + 1, limited.requests() + " GETs with the limit");
      assertTrue(free.requests() > limited.requests() + 2, "without the limit, 4 ranges past the scan are read ahead: "
          + free.requests() + " vs " + limited.requests());
    }
  }

  @Test
  void twoThreadsScanningTheirHalvesGetTheRightBytes() throws Exception {
    try (S3ByteSource s = open("big.bin")) {
      byte[] got = new byte[big.length];
      int half = big.length / 2;
      Thread t = new Thread(() -> scan(s, got, half, big.length));
      t.start();
      scan(s, got, 0, half);
      t.join();
      assertArrayEquals(big, got);
    }
  }

  private static void scan(ByteSource s, byte[] into, int from, int to) {
    for (int pos = from; pos < to; pos += 7777) {
      s.readFully(pos, ByteBuffer.wrap(into, pos, Math.min(7777, to - pos)));
    }
  }

  @Test
  void missingObjectAndBucketAreNamed() {
    SourceAccessException e = assertThrows(SourceAccessException.class, () -> open("nope.bin"));
    assertEquals("s3://data/nope.bin", e.source());
    assertTrue(e.getMessage().contains("no such object"), e.getMessage());
    e = assertThrows(SourceAccessException.class,
        () -> S3ByteSource.open(URI.create("s3://no-such-bucket/x.sgy"), s3.settings()));
    assertTrue(e.getMessage().startsWith("s3://no-such-bucket/x.sgy: no such bucket 'no-such-bucket'"), e.getMessage());
    e = assertThrows(SourceAccessException.class, () -> open("dir/"));
    assertTrue(e.getMessage().contains("expected an object"), e.getMessage());
  }

  @Test
  void readPastTheEndNamesObjectAndRange() {
    try (S3ByteSource s = open("big.bin")) {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(big.length - 10, 20));
      assertEquals("s3://data/big.bin: at byte " + (big.length - 10) + ": unexpected end of object: wanted 20 bytes from byte "
          + (big.length - 10) + " (bytes=" + (big.length - 10) + "-" + (big.length + 9) + "), the object has "
          + big.length + " bytes", e.getMessage());
    }
  }

  @Test
  void objectTruncatedAfterOpenIsAClearError() {
    s3.put(BUCKET, "shrinks.bin", bytes(300_000, 3));
    try (S3ByteSource s = open("shrinks.bin")) {
      s3.put(BUCKET, "shrinks.bin", bytes(100_000, 3)); // replaced by a shorter object
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(50_000, 1000));
      assertTrue(e.getMessage().startsWith("s3://data/shrinks.bin: at byte 50000: the object changed since it was opened:"
          + " it had 300000 bytes, now 100000 (reading bytes=50000-50999)"), e.getMessage());
      e = assertThrows(SourceAccessException.class, () -> s.read(200_000, 1000));
      assertTrue(e.getMessage().startsWith("s3://data/shrinks.bin: at byte 200000: "), e.getMessage());
      assertTrue(e.getMessage().contains("bytes=200000-200999"), e.getMessage());
      assertTrue(e.getMessage().contains("416") && e.getMessage().contains("truncated"), e.getMessage());
    }
  }

  @Test
  void byteSourceOpenFindsTheProviderByScheme() {
    String before = System.getProperty(S3Settings.ENDPOINT);
    System.setProperty(S3Settings.ENDPOINT, s3.endpoint().toString());
    try (ByteSource s = ByteSource.open("s3://data/big.bin")) {
      S3ByteSource s3s = assertInstanceOf(S3ByteSource.class, s);
      assertEquals(8 << 20, s3s.preferredReadSize()); // the default: no FATHOM_S3_RANGE_MB here
      assertArrayEquals(big, readAll(s));
    } finally {
      restore(before);
    }
  }

  private static void restore(String endpoint) {
    if (endpoint == null) {
      System.clearProperty(S3Settings.ENDPOINT);
    } else {
      System.setProperty(S3Settings.ENDPOINT, endpoint);
    }
  }

  @Test
  void serialisedSourceReopensByItsUri() throws Exception {
    S3ByteSource s = open("big.bin");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    assertTrue(bytes.size() < 2000, bytes.size() + " bytes serialised");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        ByteSource copy = (ByteSource) in.readObject()) {
      assertEquals(s.name(), copy.name());
      assertEquals(s.settings(), ((S3ByteSource) copy).settings());
      ByteBuffer b = copy.read(123_456, 100);
      for (int k = 0; k < 100; k++) {
        assertEquals(big[123_456 + k], b.get(k));
      }
    }
  }
}

package dev.fathom.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SourceAccessException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads through {@link FaultProxy}: ranged GETs that fail, throttle, stall or end early are
 * retried or resumed and the bytes are the same; faults that do not pass give up with the
 * object and range named.
 */
class S3FaultTest {
  private static LocalS3 s3;
  private static FaultProxy proxy;
  private static byte[] data;
  private static S3Settings settings;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start(null, false);
    s3.createBucket("bkt");
    data = S3ByteSourceTest.bytes(700_001, 21);
    s3.put("bkt", "f.bin", data);
    proxy = new FaultProxy(s3.endpoint());
    proxy.stallMillis(1500);
    settings = s3.settings(proxy.endpoint()).withPatience(Duration.ofMillis(400), 4, Duration.ofMillis(10));
  }

  @AfterAll
  static void stop() throws Exception {
    proxy.close();
    s3.close();
  }

  @AfterEach
  void heal() {
    proxy.inject(null, 1);
  }

  private static S3ByteSource open() {
    return S3ByteSource.open(URI.create("s3://bkt/f.bin"), settings);
  }

  @ParameterizedTest
  @EnumSource(value = FaultProxy.Fault.class, names = {"ERROR_500", "SLOW_DOWN_503", "THROTTLE_429",
      "STALL_BEFORE_HEADERS", "STALL_IN_BODY", "CUT_BODY", "SHORT_RANGE"})
  void everyThirdRangedGetSpoiledStillReadsTheSameBytes(FaultProxy.Fault fault) {
    try (S3ByteSource s = open()) {
      proxy.inject(fault, 3);
      // a sequential scan (read-ahead blocks) ...
      byte[] got = new byte[data.length];
      for (int pos = 0; pos < data.length; pos += 50_000) {
        s.readFully(pos, ByteBuffer.wrap(got, pos, Math.min(50_000, data.length - pos)));
      }
      assertArrayEquals(data, got, fault.toString());
      // ... and random reads (exact ranges, large ones in parallel pieces)
      SplittableRandom rnd = new SplittableRandom(fault.ordinal());
      for (int i = 0; i < 8; i++) {
        int len = rnd.nextInt(200_000);
        int pos = rnd.nextInt(data.length - len);
        ByteBuffer b = s.read(pos, len);
        for (int k = 0; k < len; k++) {
          if (b.get(k) != data[pos + k]) {
            throw new AssertionError(fault + ": byte " + (pos + k) + " differs");
          }
        }
      }
      assertTrue(proxy.injected() >= 3, fault + ": only " + proxy.injected() + " faults injected");
    }
  }

  @Test
  void aServerThatAlwaysFailsGivesUpNamingObjectAndRange() {
    try (S3ByteSource s = open()) {
      proxy.inject(FaultProxy.Fault.ERROR_500, 1);
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(100_000, 1000));
      assertTrue(e.getMessage().startsWith("s3://bkt/f.bin: at byte 100000: the store answered HTTP 500 InternalError"), e.getMessage());
      assertTrue(e.getMessage().contains("reading bytes=100000-100999"), e.getMessage());
      assertEquals(settings.retries() + 1, proxy.injected("bytes=100000-100999"), "the SDK's attempts");
    }
  }

  @Test
  void bodiesThatAlwaysEndEarlyGiveUpAfterTheRetries() {
    try (S3ByteSource s = open()) {
      proxy.inject(FaultProxy.Fault.CUT_BODY, 1);
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(10, 1));
      // a 1-byte range cut in half delivers nothing: every attempt fails without progress
      assertTrue(e.getMessage().startsWith("s3://bkt/f.bin: at byte 10: gave up after 5 attempts reading bytes=10-10:"), e.getMessage());
    }
  }

  @Test
  void accessDeniedIsNamed() {
    proxy.inject(FaultProxy.Fault.FORBIDDEN, 1);
    SourceAccessException e = assertThrows(SourceAccessException.class, S3FaultTest::open);
    assertTrue(e.getMessage().startsWith("s3://bkt/f.bin: access denied (HTTP 403"), e.getMessage());
    assertTrue(e.getMessage().contains("credentials"), e.getMessage());
  }
}

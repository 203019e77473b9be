package dev.fathom.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.FathomException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3SettingsTest {
  private static S3Settings from(Map<String, String> values) {
    return S3Settings.from(values::get);
  }

  @Test
  void defaultsWhenNothingIsSet() {
    S3Settings s = from(Map.of());
    assertNull(s.endpoint());
    assertNull(s.region());
    assertEquals(8 << 20, s.rangeSize());
    assertEquals(4, s.inFlight());
    assertEquals(8 << 20, s.partSize());
    assertEquals(Duration.ofSeconds(30), s.timeout());
    assertEquals(S3Settings.defaults(), s);
  }

  @Test
  void valuesAreRead() {
    S3Settings s = from(Map.of(S3Settings.ENDPOINT, "http://127.0.0.1:9000", S3Settings.REGION, " eu-west-1 ",
        S3Settings.RANGE_MB, "2", S3Settings.IN_FLIGHT, "8", S3Settings.PART_MB, "16",
        S3Settings.TIMEOUT_SECONDS, "2.5", S3Settings.RETRIES, "0", S3Settings.ANONYMOUS, "TRUE"));
    assertEquals(URI.create("http://127.0.0.1:9000"), s.endpoint());
    assertEquals("eu-west-1", s.region());
    assertEquals(2 << 20, s.rangeSize());
    assertEquals(8, s.inFlight());
    assertEquals(16 << 20, s.partSize());
    assertEquals(Duration.ofMillis(2500), s.timeout());
    assertEquals(0, s.retries());
    assertTrue(s.anonymous());
  }

  @Test
  void badValuesNameTheSetting() {
    FathomException e = assertThrows(FathomException.class, () -> from(Map.of(S3Settings.RANGE_MB, "9")));
    assertEquals("setting FATHOM_S3_RANGE_MB: expected a whole number from 1 to 8, found '9'", e.getMessage());
    e = assertThrows(FathomException.class, () -> from(Map.of(S3Settings.IN_FLIGHT, "2.5")));
    assertTrue(e.getMessage().startsWith("setting FATHOM_S3_IN_FLIGHT:"), e.getMessage());
    e = assertThrows(FathomException.class, () -> from(Map.of(S3Settings.ENDPOINT, "127.0.0.1:9000")));
    assertTrue(e.getMessage().startsWith("setting FATHOM_S3_ENDPOINT: expected an http(s) URL"), e.getMessage());
  }

  @Test
  void locationsParseAndPrintBack() {
    S3Location l = S3Location.of(URI.create("s3://bucket/a/b%20c.sgy"));
    assertEquals("bucket", l.bucket());
    assertEquals("a/b c.sgy", l.key());
    assertEquals("s3://bucket/a/b%20c.sgy", l.toString());
    assertEquals("", S3Location.of(URI.create("s3://bucket")).key());
    assertEquals("p/x", S3Location.of(URI.create("s3://bucket/p")).child("x").key());
    assertThrows(FathomException.class, () -> S3Location.of(URI.create("s3://bucket/k?versionId=1")));
  }
}

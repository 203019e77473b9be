package dev.fathom.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fathom.segy.SegyFile;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.synth.SurveySynthesizer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SegyFile.open("s3://...")} reads a synthetic survey exactly as the local file. */
class SegyOverS3Test {
  @TempDir Path dir;

  @Test
  void segyFromS3MatchesTheLocalFile() throws Exception {
    Path local = dir.resolve("survey.sgy");
    new SurveySynthesizer(12, 15, 251, 4000, 7).write(local, SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN, 1, null);
    String before = System.getProperty(S3Settings.ENDPOINT);
    try (LocalS3 s3 = LocalS3.start()) {
      s3.createBucket("seismic");
      s3.put("seismic", "survey.sgy", Files.readAllBytes(local));
      System.setProperty(S3Settings.ENDPOINT, s3.endpoint().toString());
      System.setProperty(S3Settings.RANGE_MB, "1"); // 1 MiB ranges: the 0.8 MB file in one, plus read-ahead
      try (SegyFile a = SegyFile.open(local.toString()); SegyFile b = SegyFile.open("s3://seismic/survey.sgy")) {
        assertEquals("s3://seismic/survey.sgy", b.name());
        assertEquals(a.traceCount(), b.traceCount());
        assertEquals(a.samples(), b.samples());
        assertEquals(a.layout().format(), b.layout().format());
        assertEquals(a.sampling(), b.sampling());
        assertEquals(a.geometry().summary(), b.geometry().summary());
        int n = Math.toIntExact(a.traceCount());
        float[][] ta = a.traces(0, n);
        float[][] tb = b.traces(0, n);
        for (int i = 0; i < n; i++) {
          assertArrayEquals(ta[i], tb[i], "trace " + i);
        }
        assertArrayEquals(a.trace(n / 2), b.trace(n / 2));
        assertArrayEquals(a.traceHeader(7).raw(), b.traceHeader(7).raw());
        assertArrayEquals(a.binaryHeader().raw(), b.binaryHeader().raw());
      }
    } finally {
      System.clearProperty(S3Settings.RANGE_MB);
      if (before == null) {
        System.clearProperty(S3Settings.ENDPOINT);
      } else {
        System.setProperty(S3Settings.ENDPOINT, before);
      }
    }
  }
}

package dev.fathom.pipeline.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.dsp.fft.Fft;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.header.TraceHeader;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic DAS archive reads back as distpy's SEG-Y ingest expects, and holds its truth. */
class DasArchiveSynthesizerTest {
  /** 120 channels, 2 kHz, 3 files of 4 s: small enough for a test, big enough for three zones. */
  static final DasArchiveSpec SMALL = new DasArchiveSpec(120, 2.0, 1000.0, 2000, 4, 3, 1600000000L, 7);

  @TempDir Path dir;

  @Test
  void filesReadBackWithDistpysLayout() {
    DasArchiveTruth truth = new DasArchiveSynthesizer(SMALL).write(dir, 2, n -> {});
    assertEquals(3, truth.files().size());
    assertEquals(dir.resolve("DAS_20200913T122640Z.sgy"), truth.files().get(0));
    assertEquals(dir.resolve("DAS_20200913T122648Z.sgy"), truth.files().get(2));
    for (int f = 0; f < 3; f++) {
      Path p = truth.files().get(f);
      assertEquals(SMALL.fileBytes(), p.toFile().length());
      try (SegyFile s = SegyFile.open(p.toString())) {
        assertEquals(120, s.traceCount());
        assertEquals(8000, s.samples());
        assertEquals(ByteOrder.BIG_ENDIAN, s.binaryHeader().order());
        assertEquals(5, s.binaryHeader().get("Format"));
        assertEquals(500, s.binaryHeader().get("Interval"));
        assertEquals(8000, s.binaryHeader().get("Samples"));
        // 12:26:40 + 4 f seconds on day 257 of 2020
        long second = 40 + 4L * f;
        for (int c : new int[] {0, 57, 119}) {
          TraceHeader h = s.traceHeader(c);
          assertEquals(Math.round((1000.0 + 2.0 * c) * 100), h.get("ReceiverGroupElevation"));
          assertEquals(100, h.get("SourceGroupScalar"));
          assertEquals(2020, h.get("YearDataRecorded"));
          assertEquals(257, h.get("DayOfYear"));
          assertEquals(12, h.get("HourOfDay"));
          assertEquals(26 + second / 60, h.get("MinuteOfHour"));
          assertEquals(second % 60, h.get("SecondOfMinute"));
          assertEquals(4, h.get("TimeBaseCode"));
        }
      }
    }
  }

  /** Mean power of {@code x} in {@code [lo, hi]} Hz. */
  static double bandPower(float[] x, double fs, double lo, double hi) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) d[i] = x[i];
    double[] z = Fft.rfft(d);
    double sum = 0;
    int n = 0;
    for (int k = 0; k < z.length / 2; k++) {
      double f = k * fs / x.length;
      if (f >= lo && f <= hi) {
        sum += z[2 * k] * z[2 * k] + z[2 * k + 1] * z[2 * k + 1];
        n++;
      }
    }
    return sum / n;
  }

  @Test
  void zonesAreLoudInTheirOwnBandAtTheirDepth() throws Exception {
    DasArchiveSynthesizer synth = new DasArchiveSynthesizer(SMALL);
    DasArchiveTruth truth = synth.write(dir, 1, n -> {});
    assertEquals(3, truth.zones().size());
    try (SegyFile s = SegyFile.open(truth.files().get(1).toString())) {
      for (FlowZone z : truth.zones()) {
        int centre = (int) Math.round((z.depth() - 1000.0) / 2.0);
        int far = quietChannel(truth);
        double inZone = bandPower(s.trace(centre), 2000, z.lowHz(), z.highHz());
        double background = bandPower(s.trace(far), 2000, z.lowHz(), z.highHz());
        assertTrue(inZone > 5 * background, z + ": " + inZone + " vs " + background + " at channel " + far);
        // and the zone is confined to its own band: another zone's band is at background level there
        FlowZone other = truth.zones().get((truth.zones().indexOf(z) + 1) % 3);
        double elsewhere = bandPower(s.trace(centre), 2000, other.lowHz(), other.highHz());
        assertTrue(elsewhere < 2 * bandPower(s.trace(far), 2000, other.lowHz(), other.highHz()), z + " leaks into " + other);
      }
    }
  }

  /** A channel in no zone, not dead or noisy, and away from any moving event in file 1. */
  static int quietChannel(DasArchiveTruth truth) {
    for (int c = 0; c < truth.spec().channels(); c++) {
      double d = truth.spec().depth(c);
      if (truth.zones().stream().allMatch(z -> z.weight(d) == 0) && !truth.deadChannels().contains(c)
          && !truth.noisyChannels().contains(c)) {
        return c;
      }
    }
    throw new AssertionError("no quiet channel");
  }

  @Test
  void theMovingEventArrivesWhenItsTrackSays() throws Exception {
    DasArchiveSynthesizer synth = new DasArchiveSynthesizer(SMALL);
    DasArchiveTruth truth = synth.write(dir, 2, n -> {});
    assertFalse(truth.events().isEmpty());
    MovingEvent e = truth.events().get(0);
    int file = (int) (e.time() / SMALL.secondsPerFile());
    for (int c : new int[] {5, 60, 110}) {
      double ta = e.arrival(SMALL.depth(c)) - file * SMALL.secondsPerFile();
      if (ta < 0.05 || ta > SMALL.secondsPerFile() - 0.05) continue;
      try (SegyFile s = SegyFile.open(truth.files().get(file).toString())) {
        float[] x = s.trace(c);
        int peak = 0;
        int from = (int) ((ta - 0.05) * 2000);
        for (int i = from; i < from + 200; i++) if (Math.abs(x[i]) > Math.abs(x[peak])) peak = i;
        // the largest sample within ±50 ms is within a quarter period of the arrival
        assertEquals(ta, peak / 2000.0, 0.25 / e.frequencyHz() + 1e-3, "channel " + c);
      }
    }
  }

  @Test
  void deterministicBySeed() throws Exception {
    DasArchiveSpec one = new DasArchiveSpec(30, 1.0, 0.0, 1000, 2, 2, 1600000000L, 3);
    Path a = new DasArchiveSynthesizer(one).write(dir.resolve("a"), 2, n -> {}).files().get(1);
    Path b = new DasArchiveSynthesizer(one).write(dir.resolve("b"), 1, n -> {}).files().get(1);
    DasArchiveSpec other = new DasArchiveSpec(30, 1.0, 0.0, 1000, 2, 2, 1600000000L, 4);
    Path c = new DasArchiveSynthesizer(other).write(dir.resolve("c"), 1, n -> {}).files().get(1);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    assertEquals(new DasArchiveSynthesizer(one).truth(), new DasArchiveSynthesizer(one).truth());
  }

  @Test
  void deadChannelsAreZeroAndTheSizeModeReachesItsSize() {
    DasArchiveSpec spec = new DasArchiveSpec(200, 1.0, 0.0, 1000, 1, 1, 0, 11);
    DasArchiveTruth truth = new DasArchiveSynthesizer(spec).write(dir, 1, n -> {});
    assertFalse(truth.deadChannels().isEmpty(), truth.describe().toString());
    try (SegyFile s = SegyFile.open(truth.files().get(0).toString())) {
      for (int c : truth.deadChannels()) {
        for (float v : s.trace(c)) assertEquals(0f, v);
      }
    }
    DasArchiveSpec big = DasArchiveSpec.ofSize(10_000_000_000L, 5000, 10000, 30, 1);
    assertTrue(big.totalBytes() >= 10_000_000_000L);
    assertTrue(big.totalBytes() - big.fileBytes() < 10_000_000_000L);
  }
}

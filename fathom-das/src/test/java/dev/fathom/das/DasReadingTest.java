package dev.fathom.das;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection, channel-major blocks, multi-segment TDMS, PRODML time zones and the folder index. */
class DasReadingTest {
  @TempDir Path tmp;

  @Test
  void selectionReadsTheSubBlockOfTheFullRead() {
    Path file = SharedData.require("testdata/das/prodml_2.0.h5");
    try (DasFile f = DasFiles.open(file)) {
      DasPatch all = f.read();
      DasInfo info = f.info();
      long t0 = info.timeNanosOf(100);
      long t1 = info.timeNanosOf(149);
      DasPatch sub = f.read(DasSelection.timeNanos(t0, t1).distance(info.distanceOf(10), info.distanceOf(29)));
      assertEquals(50, sub.info().nTime());
      assertEquals(20, sub.info().nChannels());
      assertEquals(t0, sub.info().startNanos());
      assertEquals(info.distanceOf(10), sub.info().distanceStart(), 1e-9);
      for (int t = 0; t < 50; t++) {
        for (int c = 0; c < 20; c++) assertEquals(all.get(100 + t, 10 + c), sub.get(t, c));
      }
      float[] cm = f.readChannelMajor(100, 50, 10, 20);
      for (int c = 0; c < 20; c++) {
        for (int t = 0; t < 50; t++) assertEquals((float) all.get(100 + t, 10 + c), cm[c * 50 + t]);
      }
    }
  }

  @Test
  void selectionByInstantAndEmptySelections() {
    Path file = TestFiles.h5Simple(tmp.resolve("s.h5"), 1_600_000_000.0, 0.5, 10, 4);
    try (DasFile f = DasFiles.open(file)) {
      assertEquals("H5Simple", f.info().format());
      DasPatch p = f.read(DasSelection.time(Instant.ofEpochSecond(1_600_000_001), Instant.ofEpochSecond(1_600_000_002)));
      assertEquals(3, p.info().nTime()); // 1.0, 1.5, 2.0 s
      assertEquals(2000, p.get(0, 0));
      assertEquals(0, f.read(DasSelection.time(Instant.ofEpochSecond(1_700_000_000), null)).info().nTime());
      assertEquals(0, f.read(DasSelection.distanceOnly(10, 20)).info().nChannels());
    }
  }

  @Test
  void tdmsSegmentsAreJoinedAlongTimeInBothLayoutsAndVersions() throws Exception {
    for (int version : new int[] {4712, 4713}) {
      for (boolean interleaved : new boolean[] {true, false}) {
        Path file = TestFiles.tdms(tmp.resolve("t" + version + interleaved + ".tdms"), version, 3, 7, 5, interleaved);
        try (DasFile f = DasFiles.open(file)) {
          DasInfo info = f.info();
          assertEquals("TDMS", info.format());
          assertEquals(Integer.toString(version), info.version());
          assertEquals(21, info.nTime());
          assertEquals(5, info.nChannels());
          assertEquals(1_600_000_000_500_000_000L, info.startNanos());
          assertEquals(1.5, info.distanceStep(), 0);
          DasPatch p = f.read();
          for (int t = 0; t < 21; t++) for (int c = 0; c < 5; c++) assertEquals(t * 10 + c, p.get(t, c), "t=" + t + " c=" + c);
          float[] cm = f.readChannelMajor(5, 10, 1, 3); // crosses a segment boundary
          for (int c = 0; c < 3; c++) for (int t = 0; t < 10; t++) assertEquals((5 + t) * 10 + 1 + c, cm[c * 10 + t]);
        }
      }
    }
  }

  @Test
  void prodmlTimeZoneOffsetIsApplied() {
    Path file = TestFiles.prodml(tmp.resolve("p.h5"), 2000, 8, true);
    try (DasFile f = DasFiles.open(file)) {
      DasInfo info = f.info();
      assertEquals("2.0", info.version());
      // 01:00+01:00 is 00:00 UTC (DASCore drops the offset and would say 01:00)
      assertEquals("2020-01-01T00:00:00.000000000Z", DasTimes.format(info.startNanos()));
      assertEquals(1_000_000, info.timeStepNanos());
      assertEquals(10.0, info.distanceStart(), 0);
      assertEquals("rad/s", info.dataUnits());
      assertArrayEquals(new long[] {2000, 8}, info.shape());
    }
  }

  @Test
  void folderIndexSortsByTimeAndReportsGapsAndOverlaps() throws Exception {
    TestFiles.h5Simple(tmp.resolve("c.h5"), 1020.0, 1.0, 10, 2); // 1020..1029
    TestFiles.h5Simple(tmp.resolve("a.h5"), 1000.0, 1.0, 10, 2); // 1000..1009
    TestFiles.h5Simple(tmp.resolve("b.h5"), 1010.0, 1.0, 12, 2); // 1010..1021: overlaps c by 2 s
    TestFiles.h5Simple(tmp.resolve("d.h5"), 1040.0, 1.0, 5, 2); // gap of 10 s after c
    java.nio.file.Files.writeString(tmp.resolve("notes.txt"), "not DAS");
    DasIndex ix = DasFiles.index(tmp);
    assertEquals(java.util.List.of("a.h5", "b.h5", "c.h5", "d.h5"),
        ix.entries().stream().map(e -> e.path().getFileName().toString()).toList());
    assertEquals(0, ix.joins().get(0).gapNanos());
    assertEquals(-2_000_000_000L, ix.joins().get(1).gapNanos());
    assertEquals(10_000_000_000L, ix.joins().get(2).gapNanos());
    assertEquals(1, ix.gaps().size());
    assertEquals(1, ix.overlaps().size());
    assertEquals(1, ix.skipped().size());
    assertTrue(ix.skipped().get(0).reason().contains("unknown DAS format"), ix.skipped().get(0).reason());
  }
}

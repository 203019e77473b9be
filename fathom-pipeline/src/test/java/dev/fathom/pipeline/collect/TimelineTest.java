package dev.fathom.pipeline.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  static List<ChunkFile> files(long... times) {
    List<ChunkFile> l = new ArrayList<>();
    for (int i = 0; i < times.length; i++) l.add(new ChunkFile("/x/" + times[i] + (i % 2 == 0 ? ".fbe" : ".xml"), times[i], ChunkKind.WITSML));
    return l;
  }

  @Test
  void regularFilesGetOneColumnEach() {
    Timeline t = Timeline.of("a", files(10, 11, 12));
    assertEquals(1, t.cadence());
    assertEquals(3, t.totalColumns());
    assertEquals(List.of(), t.gaps());
    assertEquals(12, t.columnTime(2));
  }

  @Test
  void gapsBecomeMissingColumnsAtTheCadence() {
    // 60 s cadence (the median step) with a 180 s hole: two missing columns
    Timeline t = Timeline.of("a", files(0, 60, 120, 300, 360));
    assertEquals(60, t.cadence());
    assertEquals(7, t.totalColumns());
    assertEquals(5, t.column(3));
    assertEquals(180, t.columnTime(3));
    assertEquals(240, t.columnTime(4));
    assertEquals(300, t.columnTime(5));
    assertEquals(1, t.gaps().size());
    Gap g = t.gaps().get(0);
    assertEquals(2, g.missingColumns());
    assertEquals("120.fbe", g.before());
    assertEquals("300.xml", g.after());
    assertEquals("a: gap of 120 s between 120.fbe and 300.xml: 2 NaN columns inserted (cadence 60 s)", g.describe());
  }

  @Test
  void duplicatesAreSkippedAndOverlapsKept() {
    Timeline t = Timeline.of("", files(0, 10, 10, 20, 24, 30));
    assertEquals(10, t.cadence());
    assertEquals(5, t.files().size());
    assertEquals(List.of(TimeIssue.Kind.DUPLICATE, TimeIssue.Kind.OVERLAP), t.issues().stream().map(TimeIssue::kind).toList());
    assertEquals("10.xml", t.issues().get(0).previous());
    assertEquals("10.fbe", t.issues().get(0).file());
    assertEquals(5, t.totalColumns());
    assertEquals(24, t.columnTime(3));
  }

  @Test
  void theCadenceIsTheMostCommonStep() {
    assertEquals(1, Timeline.usualStep(files(0, 1, 3)));
    assertEquals(10, Timeline.usualStep(files(0, 10, 20, 24, 30, 40)));
    assertEquals(2, Timeline.usualStep(files(0, 2, 5, 7, 10)));
    assertEquals(1, Timeline.usualStep(files(5, 5)));
  }

  @Test
  void aSingleFileHasOneColumn() {
    Timeline t = Timeline.of("", files(1600000000L));
    assertEquals(1, t.totalColumns());
    assertEquals(1, t.cadence());
    assertEquals(1600000000L, t.columnTime(0));
  }
}

package dev.fathom.pipeline.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.InvalidDataException;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collect step on files the tests write: gaps, ordering, grouping, errors, .npy inputs. */
class CollectorTest {
  static final int NX = 5;
  static final List<String> CURVES = List.of("band_0-nyquist", "band_01_20-60");
  static final double[] DEPTH = TestFbe.depths(NX, 1000, 2.5);

  @TempDir Path dir;

  Path in() {
    return dir.resolve("in");
  }

  Path out() {
    return dir.resolve("out");
  }

  void fbes(String folder, long... times) throws Exception {
    for (long t : times) TestFbe.write(in().resolve(folder), t, DEPTH, CURVES, TestFbe.values(t, CURVES.size(), NX));
  }

  CollectReport collect(int boxSize) {
    return Collector.collect(in(), out(), boxSize, new LocalRunner(2), RunListener.NONE);
  }

  static double[][] read(Path p) {
    return Npy.read(p).toDouble2D();
  }

  static double[] times(Path p) {
    return Npy.read(p).toDoubleArray();
  }

  /** Asserts that column {@code j} of {@code a} holds curve {@code c} of the file at {@code t}. */
  static void assertColumn(double[][] a, int j, long t, int c) {
    double[][] v = TestFbe.values(t, CURVES.size(), NX);
    for (int i = 0; i < NX; i++) assertEquals(v[c][i], a[i][j], "row " + i + " column " + j);
  }

  @Test
  void aMissingSecondBecomesANanColumnAndIsReported() throws Exception {
    fbes("NoiseLog", 1600000000L, 1600000001L, 1600000003L, 1600000004L);
    CollectReport r = collect(400);
    assertTrue(r.ok(), r.failures().toString());
    assertEquals(1, r.gaps().size());
    Gap g = r.gaps().get(0);
    assertEquals("1600000001.fbe", g.before());
    assertEquals("1600000003.fbe", g.after());
    assertEquals(1, g.missingColumns());
    for (int c = 0; c < CURVES.size(); c++) {
      Path d = out().resolve("NoiseLog/" + CURVES.get(c));
      double[][] a = read(d.resolve("1600000000.npy"));
      assertEquals(5, a[0].length);
      assertColumn(a, 0, 1600000000L, c);
      assertColumn(a, 1, 1600000001L, c);
      for (int i = 0; i < NX; i++) assertTrue(Double.isNaN(a[i][2]));
      assertColumn(a, 3, 1600000003L, c);
      assertColumn(a, 4, 1600000004L, c);
      assertArrayEquals(new double[] {1600000000, 1600000001, 1600000002, 1600000003, 1600000004}, times(d.resolve("time.npy")));
      assertArrayEquals(DEPTH, times(d.resolve("measured_depth.npy")));
    }
  }

  @Test
  void filesAreOrderedByTimeNotByName() throws Exception {
    // alphabetically "1000000000" < "999999998" < "999999999"
    fbes("a", 1000000000L, 999999999L, 999999998L);
    CollectReport r = collect(400);
    assertTrue(r.ok(), r.failures().toString());
    assertEquals(List.of(), r.gaps());
    assertEquals(List.of(999999998L), r.collected().get(0).groups());
    Path d = out().resolve("a/" + CURVES.get(1));
    double[][] a = read(d.resolve("999999998.npy"));
    assertColumn(a, 0, 999999998L, 1);
    assertColumn(a, 1, 999999999L, 1);
    assertColumn(a, 2, 1000000000L, 1);
    assertArrayEquals(new double[] {999999998, 999999999, 1000000000}, times(d.resolve("time.npy")));
  }

  @Test
  void aSingleFileIsCollected() throws Exception {
    fbes("one", 1600000000L);
    CollectReport r = collect(400);
    assertTrue(r.ok(), r.failures().toString());
    double[][] a = read(out().resolve("one/band_01_20-60/1600000000.npy"));
    assertEquals(NX, a.length);
    assertEquals(1, a[0].length);
    assertColumn(a, 0, 1600000000L, 1);
  }

  @Test
  void groupsOfBoxSizeColumnsEachKeepTheirTimes() throws Exception {
    fbes("g", 100, 101, 102, 103, 104);
    CollectReport r = collect(2);
    assertTrue(r.ok(), r.failures().toString());
    assertEquals(List.of(100L, 102L, 104L), r.collected().get(0).groups());
    Path d = out().resolve("g/band_0-nyquist");
    assertArrayEquals(new double[] {100, 101}, times(d.resolve("time_100.npy")));
    assertArrayEquals(new double[] {102, 103}, times(d.resolve("time_102.npy")));
    assertArrayEquals(new double[] {104}, times(d.resolve("time_104.npy")));
    assertArrayEquals(new double[] {100, 101, 102, 103, 104}, times(d.resolve("time.npy")));
    double[][] last = read(d.resolve("104.npy"));
    assertEquals(1, last[0].length);
    assertColumn(last, 0, 104, 0);
    assertColumn(read(d.resolve("102.npy")), 1, 103, 0);
  }

  @Test
  void groupsInsideALongGapAreNotWritten() throws Exception {
    fbes("long", 0, 1, 2, 3, 20, 21);
    CollectReport r = collect(4);
    assertTrue(r.ok(), r.failures().toString());
    FolderReport f = r.collected().get(0);
    assertEquals(22, f.columns());
    // columns 0-3, 4-7 (empty), ..., 20-21: only the first and the last group have files
    assertEquals(List.of(0L, 20L), f.groups());
    assertEquals(16, r.gaps().get(0).missingColumns());
    assertArrayEquals(new double[] {0, 1, 2, 3, 20, 21}, times(out().resolve("long/band_0-nyquist/time.npy")));
  }

  @Test
  void duplicatesAreReportedAndTheFirstKept() throws Exception {
    fbes("dup", 10, 11, 12);
    TestFbe.write(in().resolve("dup/11.xml"), "1970-01-01T00:00:11Z", DEPTH, CURVES, TestFbe.values(99, CURVES.size(), NX));
    CollectReport r = collect(400);
    assertTrue(r.ok(), r.failures().toString());
    assertEquals(1, r.issues().size());
    assertEquals(TimeIssue.Kind.DUPLICATE, r.issues().get(0).kind());
    assertEquals("11.xml", r.issues().get(0).file());
    double[][] a = read(out().resolve("dup/band_0-nyquist/10.npy"));
    assertEquals(3, a[0].length);
    assertColumn(a, 1, 11, 0);
  }

  @Test
  void aCreationDateThatDisagreesWithTheNameIsReported() throws Exception {
    fbes("d", 10);
    TestFbe.write(in().resolve("d/11.fbe"), "1970-01-01T02:00:11+02:00", DEPTH, CURVES, TestFbe.values(11, 2, NX));
    TestFbe.write(in().resolve("d/12.fbe"), "1970-01-01T00:00:40Z", DEPTH, CURVES, TestFbe.values(12, 2, NX));
    CollectReport r = collect(400);
    assertTrue(r.ok(), r.failures().toString());
    assertEquals(1, r.issues().size(), r.issues().toString());
    TimeIssue i = r.issues().get(0);
    assertEquals(TimeIssue.Kind.DATE_MISMATCH, i.kind());
    assertEquals("12.fbe", i.file());
    assertEquals(40, i.previousTime());
  }

  @Test
  void mismatchedDepthsNameBothFiles() throws Exception {
    fbes("m", 10, 11);
    double[] other = DEPTH.clone();
    other[3] += 0.5;
    Path bad = TestFbe.write(in().resolve("m"), 12, other, CURVES, TestFbe.values(12, 2, NX));
    fbes("ok", 10);
    CollectReport r = collect(400);
    assertFalse(r.ok());
    assertEquals(1, r.failures().size());
    String msg = r.failures().get(0);
    assertTrue(msg.startsWith(bad + ": depth axis differs from the one in " + in().resolve("m/10.fbe")), msg);
    assertTrue(msg.contains("depth[3] = 1008.0 here, 1007.5 there"), msg);
    // the other folder was still collected
    assertEquals(List.of("ok"), r.collected().stream().map(FolderReport::folder).toList());
  }

  @Test
  void differentDepthCountsAndCurvesNameBothFiles() throws Exception {
    fbes("m", 10);
    Path bad = TestFbe.write(in().resolve("m"), 11, TestFbe.depths(4, 1000, 2.5), CURVES, TestFbe.values(11, 2, 4));
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> FolderCollector.collect(only(), 400));
    assertTrue(e.getMessage().startsWith(bad + ": depth axis differs from the one in " + in().resolve("m/10.fbe") + ": 4 depths here, 5 there"),
        e.getMessage());
    TestFbe.write(in().resolve("m"), 11, DEPTH, List.of("band_0-nyquist", "X"), TestFbe.values(11, 2, NX));
    e = assertThrows(InvalidDataException.class, () -> FolderCollector.collect(only(), 400));
    assertTrue(e.getMessage().contains("curves [band_0-nyquist, X] differ from [band_0-nyquist, band_01_20-60]"), e.getMessage());
  }

  FolderPlan only() {
    List<FolderPlan> f = FolderScanner.scan(in(), out()).folders();
    assertEquals(1, f.size());
    return f.get(0);
  }

  @Test
  void malformedXmlFailsItsFolderNamingTheFile() throws Exception {
    fbes("x", 10, 11);
    Path bad = in().resolve("x/12.fbe");
    Files.writeString(bad, "<log><logCurveInfo><mnemonic>DEPTH</mnemonic>\n<data>1.0</log>");
    CollectReport r = collect(400);
    assertEquals(1, r.failures().size());
    assertTrue(r.failures().get(0).startsWith(bad + ": line 2: not well-formed XML"), r.failures().get(0));
  }

  @Test
  void foldersAtAnyDepthButNotPngOrHiddenOrTheOutput() throws Exception {
    fbes("a", 10, 11);
    fbes("a/b/c", 20);
    fbes("png", 30);
    fbes(".hidden", 40);
    TestFbe.write(in(), 50, DEPTH, CURVES, TestFbe.values(50, 2, NX));
    Files.writeString(in().resolve("a/notes.txt"), "hello");
    Path outInside = in().resolve("collected");
    CollectReport first = Collector.collect(in(), outInside, 400, new LocalRunner(1), RunListener.NONE);
    assertTrue(first.ok(), first.failures().toString());
    assertEquals(List.of("", "a", "a/b/c"), first.collected().stream().map(FolderReport::folder).toList());
    assertEquals(1, first.ignored().size());
    assertTrue(first.ignored().get(0).contains("notes.txt"));
    assertTrue(Files.exists(outInside.resolve("band_0-nyquist/50.npy")));
    assertTrue(Files.exists(outInside.resolve("a/b/c/band_0-nyquist/20.npy")));
    // a second run does not collect its own outputs
    CollectReport again = Collector.collect(in(), outInside, 400, new LocalRunner(1), RunListener.NONE);
    assertEquals(3, again.collected().size());
  }

  @Test
  void npyChunksFromWriteNpy() throws Exception {
    // write_npy: <t>.npy (nx, 1) + measured_depth.npy (nx, 1) + time.npy (the chunk's own axis)
    Path rms = Files.createDirectories(in().resolve("rms"));
    Path bands = Files.createDirectories(in().resolve("bands"));
    Npy.write(rms.resolve("measured_depth.npy"), NpyArray.of(DEPTH).reshape(NX, 1));
    Npy.write(rms.resolve("time.npy"), NpyArray.of(new long[] {0, 1, 2}));
    for (long t : new long[] {1000000000L, 999999999L, 1000000002L}) {
      Npy.write(rms.resolve(t + ".npy"), NpyArray.of(TestFbe.values(t, 1, NX)[0]).reshape(NX, 1));
      float[][] k3 = new float[NX][3];
      for (int i = 0; i < NX; i++) for (int c = 0; c < 3; c++) k3[i][c] = (float) (t % 1000 + c * 0.25 + i);
      Npy.write(bands.resolve(t + ".npy"), NpyArray.of(k3));
    }
    CollectReport r = collect(400);
    assertTrue(r.ok(), r.failures().toString());
    FolderReport fr = r.collected().stream().filter(f -> f.folder().equals("rms")).findFirst().orElseThrow();
    assertEquals(List.of("rms"), fr.curves());
    assertEquals(1, fr.gaps().size());
    double[][] a = read(out().resolve("rms/rms/999999999.npy"));
    assertEquals(4, a[0].length);
    assertEquals(TestFbe.values(999999999L, 1, NX)[0][2], a[2][0]);
    assertEquals(TestFbe.values(1000000000L, 1, NX)[0][2], a[2][1]);
    assertTrue(Double.isNaN(a[2][2]));
    assertEquals(TestFbe.values(1000000002L, 1, NX)[0][4], a[4][3]);
    assertArrayEquals(DEPTH, times(out().resolve("rms/rms/measured_depth.npy")));

    FolderReport fb = r.collected().stream().filter(f -> f.folder().equals("bands")).findFirst().orElseThrow();
    assertEquals(List.of("bands_0", "bands_1", "bands_2"), fb.curves());
    double[][] b2 = read(out().resolve("bands/bands_2/999999999.npy"));
    assertEquals(999 + 0.5 + 3, b2[3][0]);
    assertEquals(0 + 0.5 + 3, b2[3][1]);
    // no measured_depth.npy: depths are the row numbers
    assertArrayEquals(new double[] {0, 1, 2, 3, 4}, times(out().resolve("bands/bands_0/measured_depth.npy")));
  }

  @Test
  void npyChunksWithTheWrongNumberOfRowsNameTheAxisFile() throws Exception {
    Path rms = Files.createDirectories(in().resolve("rms"));
    Npy.write(rms.resolve("measured_depth.npy"), NpyArray.of(DEPTH));
    Npy.write(rms.resolve("10.npy"), NpyArray.of(new double[NX]));
    Npy.write(rms.resolve("11.npy"), NpyArray.of(new double[NX + 1]));
    CollectReport r = collect(400);
    assertEquals(1, r.failures().size());
    assertTrue(r.failures().get(0).startsWith(rms.resolve("11.npy") + ": has 6 rows but the depth axis " + rms.resolve("measured_depth.npy")),
        r.failures().get(0));
  }

  @Test
  void aFolderMixingWitsmlAndNpyIsAnError() throws Exception {
    fbes("mix", 10);
    Npy.write(in().resolve("mix/11.npy"), NpyArray.of(new double[NX]));
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> collect(400));
    assertTrue(e.getMessage().contains("holds both WITSML files (10.fbe) and .npy chunks (11.npy)"), e.getMessage());
  }

  @Test
  void outputsAreWrittenAtomicallyWithNoTemporariesLeft() throws Exception {
    fbes("t", 10, 11, 13);
    assertTrue(collect(2).ok());
    try (Stream<Path> s = Files.walk(out())) {
      assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(".")).toList());
    }
  }
}

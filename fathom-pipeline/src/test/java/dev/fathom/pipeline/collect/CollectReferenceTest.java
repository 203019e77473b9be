package dev.fathom.pipeline.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.run.RunListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collect step against distpy's own second ingest: case {@code pipeline_segy_noiselog_witsml}
 * (3 noise-log FBE chunks; distpy drops the last one) and case {@code csv_ingest}.
 */
class CollectReferenceTest {
  static final String REF = "reference/distpy/pipeline/";

  @TempDir Path dir;

  /** Copies {@code shared/<from>} into {@code to}. */
  static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  @Test
  void noiseLogPipelineMatchesDistpyPlusTheFileDistpyDrops() throws Exception {
    Path witsml = SharedData.require(REF + "home/refprj/witsml");
    Path distpyOut = SharedData.require(REF + "scratch/refprj/interpretation/NoiseLog");
    copyTree(witsml, dir.resolve("home/refprj/witsml"));
    Path cfg = dir.resolve("ingestWITSMLConfig.json");
    Files.writeString(cfg, "{\"in_drive\": \"home\", \"out_drive\": \"scratch\", \"project\": \"refprj\","
        + " \"data\": \"witsml\", \"results\": \"interpretation\", \"parallel_flag\": 0, \"ncpu\": 1}");

    CollectReport report = Collector.run(SystemConfig.read(cfg), RunListener.NONE);

    assertTrue(report.ok(), report.failures().toString());
    assertEquals(1, report.collected().size());
    FolderReport r = report.collected().get(0);
    assertEquals("NoiseLog", r.folder());
    assertEquals(List.of(1600000000L), r.groups());
    assertEquals(List.of(), r.gaps());
    assertEquals(List.of(), r.issues());
    List<double[]> third = FbeReaderTest.dataLines(witsml.resolve("NoiseLog/1600000002.fbe"));
    Path ours = dir.resolve("scratch/refprj/interpretation/NoiseLog");
    List<String> curves = List.of("band_0-nyquist", "band_01_20-60", "band_02_60-100", "band_03_100--1");
    assertEquals(curves, r.curves());
    for (int c = 0; c < curves.size(); c++) {
      String m = curves.get(c);
      NpyArray theirs = Npy.read(distpyOut.resolve(m + "/1600000000.npy"));
      NpyArray mine = Npy.read(ours.resolve(m + "/1600000000.npy"));
      assertEquals("<f8", mine.dtype().descr());
      assertArrayEquals(new long[] {24, 2}, theirs.shape());
      assertArrayEquals(new long[] {24, 3}, mine.shape());
      double[][] t = theirs.toDouble2D();
      double[][] o = mine.toDouble2D();
      for (int i = 0; i < 24; i++) {
        assertEquals(t[i][0], o[i][0], m + " row " + i);
        assertEquals(t[i][1], o[i][1], m + " row " + i);
        assertEquals(third.get(i)[c + 1], o[i][2], m + " row " + i);
      }
      assertArrayEquals(Npy.read(distpyOut.resolve(m + "/measured_depth.npy")).toDoubleArray(),
          Npy.read(ours.resolve(m + "/measured_depth.npy")).toDoubleArray());
      double[] theirTimes = Npy.read(distpyOut.resolve(m + "/time.npy")).toDoubleArray();
      double[] myTimes = Npy.read(ours.resolve(m + "/time.npy")).toDoubleArray();
      assertArrayEquals(new double[] {theirTimes[0], theirTimes[1], 1600000002.0}, myTimes);
      assertArrayEquals(myTimes, Npy.read(ours.resolve(m + "/time_1600000000.npy")).toDoubleArray());
    }
  }

  @Test
  void csvDtsGridCollectsToTheColumnsCsv2dtsWroteAsNpy() throws Exception {
    // csv2dts wrote the same grid once as one .fbe per time column and once as an (nx, ntimes)
    // .npy; its two columns stamped 12:27:40 became one .fbe (the first column kept)
    Path fbes = SharedData.require("reference/distpy/io/csv/out_csv2dts_timerow0_witsml");
    Path npy = SharedData.require("reference/distpy/io/csv/out_csv2dts_timerow0_npy/dtsgrid_row0");
    copyTree(fbes, dir.resolve("in"));
    CollectReport report = Collector.collect(dir.resolve("in"), dir.resolve("out"), 400,
        new dev.fathom.pipeline.run.LocalRunner(1), RunListener.NONE);
    assertTrue(report.ok(), report.failures().toString());
    FolderReport r = report.collected().get(0);
    assertEquals(60, r.cadence());
    assertEquals(List.of("T"), r.curves());
    double[][] expected = Npy.read(npy.resolve("1600000000.npy")).toDouble2D();
    double[][] got = Npy.read(dir.resolve("out/dtsgrid_row0/T/1600000000.npy")).toDouble2D();
    assertEquals(3, got.length);
    for (int i = 0; i < 3; i++) assertArrayEquals(new double[] {expected[i][0], expected[i][1]}, got[i]);
    assertArrayEquals(new double[] {1600000000, 1600000060}, Npy.read(dir.resolve("out/dtsgrid_row0/T/time.npy")).toDoubleArray());
    assertArrayEquals(Npy.read(npy.resolve("measured_depth.npy")).toDoubleArray(),
        Npy.read(dir.resolve("out/dtsgrid_row0/T/measured_depth.npy")).toDoubleArray());
  }
}

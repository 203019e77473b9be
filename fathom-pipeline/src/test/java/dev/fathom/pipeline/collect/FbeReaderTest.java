package dev.fathom.pipeline.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FbeReader} on distpy's own files and on broken ones. */
class FbeReaderTest {
  private static final Pattern DATA = Pattern.compile("<data id=\"1\">([^<]*)</data>");

  @TempDir Path dir;

  /** The numbers of every {@code <data>} line, parsed by a regex independently of the reader. */
  static List<double[]> dataLines(Path fbe) throws Exception {
    List<double[]> rows = new ArrayList<>();
    Matcher m = DATA.matcher(Files.readString(fbe));
    while (m.find()) {
      String[] t = m.group(1).split(", ");
      double[] r = new double[t.length];
      for (int i = 0; i < t.length; i++) r[i] = Double.parseDouble(t[i]);
      rows.add(r);
    }
    return rows;
  }

  @Test
  void readsDistpyNoiseLog() throws Exception {
    Path f = SharedData.require("reference/distpy/pipeline/home/refprj/witsml/NoiseLog/1600000002.fbe");
    FbeLog log = FbeReader.read(f);
    assertEquals("DEPTH", log.depthMnemonic());
    assertEquals(List.of("band_0-nyquist", "band_01_20-60", "band_02_60-100", "band_03_100--1"), log.curves());
    assertEquals(Instant.ofEpochSecond(1600000002L), log.creationDate());
    List<double[]> rows = dataLines(f);
    assertEquals(24, rows.size());
    assertEquals(24, log.depth().length);
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i)[0], log.depth()[i]);
      for (int c = 0; c < 4; c++) assertEquals(rows.get(i)[c + 1], log.values()[c][i]);
    }
    assertEquals(1000.0, log.depth()[0]);
    assertEquals(1002.5, log.depth()[1]);
  }

  @Test
  void distpysLasConversionIsRejectedAtItsFirstDataLine() {
    // distpy's las2fbe drops the last curve line but keeps its column: 2 curves, 3 values a line
    Path f = SharedData.require("reference/distpy/las2fbe/fbe/example.fbe");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> FbeReader.read(f));
    assertTrue(e.getMessage().startsWith(f.toString() + ": line 57: "), e.getMessage());
    assertTrue(e.getMessage().contains("[DEPTH, BAND-01]"), e.getMessage());
  }

  @Test
  void creationDatesWithAnyOffsetAreAbsoluteInstants() throws Exception {
    double[] d = {1.0};
    double[][] v = {{2.0}};
    String[][] cases = {
      {"2020-09-13T12:26:40+00:00", "2020-09-13T12:26:40Z"},
      {"2020-09-13T12:26:40Z", "2020-09-13T12:26:40Z"},
      {"2020-09-13T12:26:40.250Z", "2020-09-13T12:26:40.250Z"},
      {"2020-09-13T14:26:40+02:00", "2020-09-13T12:26:40Z"},
      {"2020-09-13T07:26:40-05:00", "2020-09-13T12:26:40Z"},
      {" 2016-12-13 07:13:49+00:00 ", "2016-12-13T07:13:49Z"},
      {"2020-09-13T12:26:40", "2020-09-13T12:26:40Z"},
    };
    for (String[] c : cases) {
      Path f = TestFbe.write(dir.resolve("d.fbe"), c[0], d, List.of("A"), v);
      assertEquals(Instant.parse(c[1]), FbeReader.read(f).creationDate(), c[0]);
    }
  }

  @Test
  void readsWhatTheProjectsFbeWriterWrites() throws Exception {
    double[] depth = {100.0, 100.5, 1e-05};
    double[][] v = {{0.07245288979719455, Double.NaN, 1.5e16}, {Double.NEGATIVE_INFINITY, -2.0, 3.0}};
    Path f = TestFbe.write(dir.resolve("w.fbe"), "2020-09-13T12:26:40+00:00", depth, List.of("a", "b"), v);
    FbeLog log = FbeReader.read(f);
    assertEquals(List.of("a", "b"), log.curves());
    assertArrayEquals(depth, log.depth());
    assertArrayEquals(v[0], log.values()[0]);
    assertArrayEquals(v[1], log.values()[1]);
  }

  @Test
  void pythonNumberSpellingsAndNullValue() throws Exception {
    Path f = dir.resolve("n.fbe");
    Files.writeString(f, "<log><logCurveInfo><mnemonic>DEPTH</mnemonic></logCurveInfo>"
        + "<logCurveInfo><mnemonic>A</mnemonic></logCurveInfo><nullValue>-999.25</nullValue>"
        + "<data>1.0, nan</data><data>2.0, inf</data><data>3.0, -inf</data><data>4.0, 1e-05</data>"
        + "<data>5.0, -999.25</data><data>6.0,1.5e+16</data></log>");
    FbeLog log = FbeReader.read(f);
    assertNull(log.creationDate());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, log.depth());
    assertArrayEquals(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-5, Double.NaN, 1.5e16},
        log.values()[0]);
  }

  @Test
  void malformedFilesNameTheFileAndLine() throws Exception {
    String head = "<log>\n<logCurveInfo><mnemonic>DEPTH</mnemonic></logCurveInfo>\n<logCurveInfo><mnemonic>A</mnemonic></logCurveInfo>\n";
    assertError("truncated.fbe", head + "<data>1.0, 2.0</data>\n<data>2.0, 3", "line 5", "not well-formed XML");
    assertError("short.fbe", head + "<data>1.0, 2.0</data>\n<data>2.0</data>\n</log>", "line 5", "1 values");
    assertError("long.fbe", head + "<data>1.0, 2.0, 3.0</data>\n</log>", "line 4", "more than the 2 values");
    assertError("word.fbe", head + "<data>1.0, abc</data>\n</log>", "line 4", "\"abc\" is not a number");
    assertError("date.fbe", head + "<creationDate>13/09/2020</creationDate><data>1.0, 2.0</data>\n</log>", "line 4", "creationDate");
    assertError("nocurves.fbe", "<log><x/></log>", null, "no logCurveInfo");
    assertError("nodata.fbe", head + "</log>", null, "no <data> lines");
    assertError("twice.fbe", head + "<logCurveInfo><mnemonic>A</mnemonic></logCurveInfo>\n</log>", "line 4", "appears twice");
    assertError("empty.fbe", "", null, "not well-formed XML");
  }

  private void assertError(String name, String content, String line, String detail) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> FbeReader.read(f), name);
    assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
    if (line != null) assertTrue(e.getMessage().contains(line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(detail), e.getMessage());
  }
}

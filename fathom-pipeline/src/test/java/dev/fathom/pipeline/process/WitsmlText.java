package dev.fathom.pipeline.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two WITSML FBE files: every line identical except the numbers of {@code <data>} lines,
 * which must agree within a relative tolerance (FFT round-off differs between numpy and us).
 */
final class WitsmlText {
  private static final Pattern DATA = Pattern.compile("^(\\s*<data id=\"\\d+\">)(.*)(</data>)$");

  private WitsmlText() {}

  static void assertSame(Path expected, Path actual, double rtol) throws IOException {
    List<String> want = Files.readAllLines(expected);
    List<String> got = Files.readAllLines(actual);
    assertEquals(want.size(), got.size(), actual + ": line count");
    for (int i = 0; i < want.size(); i++) {
      Matcher w = DATA.matcher(want.get(i));
      Matcher g = DATA.matcher(got.get(i));
      if (!w.matches()) {
        assertEquals(want.get(i), got.get(i), actual + " line " + (i + 1));
        continue;
      }
      assertEquals(true, g.matches(), actual + " line " + (i + 1) + " should be a data line: " + got.get(i));
      assertEquals(w.group(1), g.group(1), actual + " line " + (i + 1));
      String[] a = w.group(2).split(", ");
      String[] b = g.group(2).split(", ");
      assertEquals(a.length, b.length, actual + " line " + (i + 1) + " values");
      for (int k = 0; k < a.length; k++) {
        double x = Double.parseDouble(a[k]);
        double y = Double.parseDouble(b[k]);
        assertEquals(x, y, rtol * Math.max(Math.abs(x), 1e-300), actual + " line " + (i + 1) + " value " + k);
      }
    }
  }
}

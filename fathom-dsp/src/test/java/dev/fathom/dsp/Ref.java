package dev.fathom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fathom.core.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * distpy reference data ({@code shared/reference/distpy}) for kernel tests, and comparisons with
 * the tolerances of spec §5 (relative to the array's largest finite magnitude).
 */
public final class Ref {
  /** Tolerance class "reductions / linear filters" (spec §5). */
  public static final double LINEAR = 1e-12;

  private Ref() {}

  /** Loads {@code reference/distpy/<relative>}; skips the test when shared data are absent. */
  public static TestNpy.Array load(String relative) {
    try {
      return TestNpy.read(SharedData.require("reference/distpy/" + relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Input {@code A} etc. as float64 rows. */
  public static double[][] input(String name) {
    return load("inputs/" + name + ".npy").data();
  }

  /** An x axis of an input as a 1-D array. */
  public static double[] xaxis(String name) {
    return load("inputs/" + name + "_xaxis.npy").data()[0];
  }

  /**
   * Output {@code uid} of a case, located through manifest.json (identical arrays are stored
   * once, so the file may belong to another case).
   */
  public static double[][] caseOutput(String caseId, int uid) {
    return load(manifestFile(caseId, uid)).data();
  }

  private static String manifestText;

  private static synchronized String manifest() {
    if (manifestText == null) {
      try {
        manifestText = Files.readString(SharedData.require("reference/distpy/manifest.json"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return manifestText;
  }

  /** The file of output {@code uid} of case {@code caseId}, from the pretty-printed manifest. */
  static String manifestFile(String caseId, int uid) {
    String m = manifest();
    int at = m.indexOf("\"id\": \"" + caseId + "\"");
    assertTrue(at >= 0, "case " + caseId + " not in manifest");
    int outputs = m.indexOf("\"outputs\": {", at);
    int key = m.indexOf("\"" + uid + "\": {", outputs);
    int next = m.indexOf("\"id\": \"", at + 1);
    assertTrue(key > 0 && (next < 0 || key < next), "case " + caseId + " has no output " + uid);
    int file = m.indexOf("\"file\": \"", key) + 9;
    return m.substring(file, m.indexOf('"', file));
  }

  /**
   * Asserts {@code max|actual − expected| <= rtol · max|expected|} over finite values; non-finite
   * expected values must be matched exactly (same infinity / NaN).
   */
  public static void assertClose(double[][] expected, double[][] actual, double rtol, String what) {
    assertEquals(expected.length, actual.length, what + ": rows");
    double scale = 0;
    for (double[] row : expected) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          scale = Math.max(scale, Math.abs(v));
        }
      }
    }
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].length, actual[i].length, what + ": row " + i + " length");
      for (int k = 0; k < expected[i].length; k++) {
        double e = expected[i][k];
        double a = actual[i][k];
        if (!Double.isFinite(e)) {
          if (Double.compare(e, a) != 0) {
            fail(what + ": [" + i + "][" + k + "] expected " + e + " got " + a);
          }
          continue;
        }
        worst = Math.max(worst, Math.abs(a - e));
        if (!(Math.abs(a - e) <= rtol * scale)) {
          fail(String.format("%s: [%d][%d] expected %.17g got %.17g (|diff| %.3g > %.3g)",
              what, i, k, e, a, Math.abs(a - e), rtol * scale));
        }
      }
    }
  }

  /** {@link #assertClose(double[][], double[][], double, String)} for 1-D arrays. */
  public static void assertClose(double[] expected, double[] actual, double rtol, String what) {
    assertClose(new double[][] {expected}, new double[][] {actual}, rtol, what);
  }

  /** A column {@code (n,1)} array as a 1-D array. */
  public static double[] column(double[][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i][0];
    }
    return out;
  }
}

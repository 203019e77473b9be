package dev.fathom.dsp.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fathom.dsp.Ref;
import org.junit.jupiter.api.Test;

/**
 * {@link RickerCwt} and {@link CwtPeaks} against scipy 1.17.1 ({@code _ricker}, {@code _cwt},
 * {@code find_peaks_cwt}) and distpy's {@code count_peaks} reference cases.
 */
class CwtPeaksTest {
  /** Three bumps (at 80, 200, 330) and a chirp ripple, as in the scipy runs quoted below. */
  private static double[] bumps() {
    double[] v = new double[400];
    for (int k = 0; k < v.length; k++) {
      double t = k;
      v[k] = Math.exp(-(t - 80) * (t - 80) / 50) + 0.6 * Math.exp(-(t - 200) * (t - 200) / 200)
          + Math.exp(-(t - 330) * (t - 330) / 20) + 0.05 * Math.sin(0.9 * t * t / 7);
    }
    return v;
  }

  @Test
  void rickerAsScipy() {
    // scipy.signal._wavelets._ricker(7, 2.0)
    assertArrayEquals(new double[] {-0.24888322, 0, 0.40592085, 0.61329144, 0.40592085, 0,
        -0.24888322}, RickerCwt.ricker(7, 2.0), 5e-9);
  }

  @Test
  void cwtAsScipy() {
    double[][] c = new RickerCwt(400, new int[] {5, 10, 15, 20, 25, 30, 35}).transform(bumps());
    // _cwt(v, _ricker, arange(5, 40, 5)) rows 0 and 6
    assertArrayEquals(new double[] {0.020238023582605576, 0.0287211213404466, 0.034288475657765494},
        new double[] {c[0][0], c[0][1], c[0][2]}, 1e-14);
    assertArrayEquals(new double[] {1.8421475145477468, 1.8687726985520987, 1.8906705943383366},
        new double[] {c[6][195], c[6][196], c[6][197]}, 1e-14);
  }

  @Test
  void peaksAsScipy() {
    assertArrayEquals(new int[] {80, 140, 199, 331},
        CwtPeaks.findPeaks(bumps(), new int[] {5, 10, 15, 20, 25, 30, 35}));
    assertArrayEquals(new int[] {3, 80, 147, 199, 245, 282, 331, 367, 391},
        CwtPeaks.findPeaks(bumps(), new int[] {2, 5, 8, 11, 14, 17}));
    double[] sine = new double[63]; // scipy's docstring example: one peak at 32
    for (int k = 0; k < sine.length; k++) {
      sine[k] = Math.sin(0.05 * k);
    }
    assertArrayEquals(new int[] {32}, CwtPeaks.findPeaks(sine, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
  }

  @Test
  void nearestLineIsNumpysArgminOfTheDistances() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int trial = 0; trial < 200; trial++) {
      java.util.List<CwtPeaks.Ridge> lines = new java.util.ArrayList<>();
      int n = random.nextInt(0, 12);
      for (int k = 0; k < n; k++) {
        lines.add(new CwtPeaks.Ridge(0, random.nextInt(0, 20))); // repeated columns on purpose
      }
      CwtPeaks.NearestLine nearest = new CwtPeaks.NearestLine(lines);
      for (int col = -2; col < 23; col++) {
        int argmin = -1; // the loop numpy.argmin(abs(col - prev_ridge_cols)) performs
        for (int k = 0; k < n; k++) {
          if (argmin < 0 || Math.abs(col - lines.get(k).lastCol()) < Math.abs(col - lines.get(argmin).lastCol())) {
            argmin = k;
          }
        }
        assertEquals(argmin, nearest.of(col), "trial " + trial + " col " + col);
      }
    }
  }

  @Test
  void slidingNoiseFloorEqualsSortingEveryWindow() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(9);
    for (int window : new int[] {1, 2, 7, 25, 60}) {
      double[] row = new double[50];
      for (int k = 0; k < row.length; k++) {
        row[k] = random.nextInt(-5, 6) * 0.5; // many ties
      }
      double[] floor = CwtPeaks.noiseFloor(row, window);
      for (int c = 0; c < row.length; c++) {
        double[] w = java.util.Arrays.copyOfRange(row, Math.max(c - window / 2, 0),
            Math.min(c + window / 2 + window % 2, row.length));
        assertEquals(CwtPeaks.scoreAtPercentile(w, 10), floor[c], 0, "window " + window + " column " + c);
      }
    }
  }

  @Test
  void percentileInterpolatesLikeScipy() {
    assertEquals(49.5, CwtPeaks.scoreAtPercentile(range(100), 50), 0);
    assertEquals(9.9, CwtPeaks.scoreAtPercentile(range(100), 10), 1e-12);
    assertEquals(3.0, CwtPeaks.scoreAtPercentile(new double[] {3}, 10), 0);
  }

  @Test
  void distpyWidthsAreArangeStep5() {
    assertArrayEquals(new int[] {50, 55, 60}, CwtPeaks.distpyWidths(50, 65));
    assertArrayEquals(new int[] {5, 10, 15, 20, 25}, CwtPeaks.distpyWidths(5, 30));
    assertEquals(30, CwtPeaks.distpyWidths(50, 200).length);
    assertThrows(IllegalArgumentException.class, () -> CwtPeaks.distpyWidths(50, 50));
  }

  @Test
  void countPeaksCases() {
    double[][] a = Ref.input("A");
    assertArrayEquals(Ref.column(Ref.caseOutput("count_peaks__default", 1)),
        toDouble(CwtPeaks.countPeaks(a, CwtPeaks.distpyWidths(50, 200), 2)), 0, "default 50/200");
    double[][] smoothed = Ref.caseOutput("count_peaks__smooth", 1); // butter(20 Hz) of A
    assertArrayEquals(Ref.column(Ref.caseOutput("count_peaks__smooth", 2)),
        toDouble(CwtPeaks.countPeaks(smoothed, CwtPeaks.distpyWidths(5, 30), 1)), 0, "smooth 5/30");
  }

  private static double[] range(int n) {
    double[] r = new double[n];
    for (int k = 0; k < n; k++) {
      r[k] = k;
    }
    return r;
  }

  private static double[] toDouble(int[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }
}

package dev.fathom.dsp.ndimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fathom.dsp.Ref;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Reference command cases of distpy plus small cases printed by scipy 1.17.1. */
class NdimageTest {
  private static final double[] X = {3, 1, 4, 1, 5, 9, 2, 6};
  private static final UnaryOperator<double[][]> SAME = UnaryOperator.identity();

  @Test
  void correlate1dAllModesEvenKernel() {
    double[] w = {1, 2, 3, 4};
    assertArrayEquals(new double[] {20, 28, 21, 32, 57, 46, 53, 55},
        Correlation.correlate1d(X, w, BoundaryMode.REFLECT, 0.5, 0), 0);
    assertArrayEquals(new double[] {19, 26, 21, 32, 57, 46, 53, 39},
        Correlation.correlate1d(X, w, BoundaryMode.MIRROR, 0.5, 0), 0);
    assertArrayEquals(new double[] {22, 28, 21, 32, 57, 46, 53, 55},
        Correlation.correlate1d(X, w, BoundaryMode.NEAREST, 0.5, 0), 0);
    assertArrayEquals(new double[] {14.5, 25.5, 21, 32, 57, 46, 53, 33},
        Correlation.correlate1d(X, w, BoundaryMode.CONSTANT, 0.5, 0), 0);
    assertArrayEquals(new double[] {27, 31, 21, 32, 57, 46, 53, 43},
        Correlation.correlate1d(X, w, BoundaryMode.WRAP, 0.5, 0), 0);
  }

  @Test
  void originsOfCorrelateAndConvolve() {
    double[] impulse = {0, 0, 1, 0, 0};
    assertArrayEquals(new double[] {0, 0, 3, 2, 1},
        Correlation.correlate1d(impulse, new double[] {1, 2, 3}, BoundaryMode.CONSTANT, 0, 1), 0);
    assertArrayEquals(new double[] {0, 4, 3, 2, 1},
        Correlation.correlate1d(impulse, new double[] {1, 2, 3, 4}, BoundaryMode.REFLECT, 0, 0), 0);
    // spec §2.5.5: convolve([1,2,4,...], [10,1])[0] = 10*2 + 1*1
    assertEquals(21, Correlation.convolve1d(new double[] {1, 2, 4, 8}, new double[] {10, 1},
        BoundaryMode.REFLECT, 0, 0)[0]);
    double[][] centre = {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}};
    double[][] k = {{1, 2}, {3, 4}};
    assertArrayEquals(new double[][] {{0, 0, 0}, {0, 4, 3}, {0, 2, 1}},
        Correlation.correlate(centre, k, BoundaryMode.REFLECT, 0, 0, 0, 1));
    assertArrayEquals(new double[][] {{1, 2, 0}, {3, 4, 0}, {0, 0, 0}},
        Correlation.convolve(centre, k, BoundaryMode.REFLECT, 0, 0, 0, 1));
  }

  @Test
  void windowFiltersAllModes() {
    assertArrayEquals(new double[] {2.25, 2.25, 2.25, 2.75, 4.75, 4.25, 5.5, 4.75},
        WindowFilters.uniform1d(X, 4, BoundaryMode.MIRROR, 0), 1e-15);
    assertArrayEquals(new double[] {1, 2, 2.25, 2.75, 4.75, 4.25, 5.5, 4.25},
        WindowFilters.uniform1d(X, 4, BoundaryMode.CONSTANT, 0), 1e-15);
    assertArrayEquals(new double[] {3, 3.5, 2.25, 2.75, 4.75, 4.25, 5.5, 5},
        WindowFilters.uniform1d(X, 4, BoundaryMode.WRAP, 0), 1e-15);
    assertArrayEquals(new double[] {6, 4, 4, 5, 9, 9, 9, 6},
        WindowFilters.maximum1d(X, 3, BoundaryMode.WRAP, 0), 0);
    assertArrayEquals(new double[] {0, 0, 1, 1, 1, 1, 2, 0},
        WindowFilters.minimum1d(X, 4, BoundaryMode.CONSTANT, 0), 0);
    assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 2, 2},
        WindowFilters.minimum1d(X, 4, BoundaryMode.REFLECT, 0), 0);
  }

  @Test
  void medianFilterEvenWindowIsUpperMedian() {
    assertArrayEquals(new double[][] {{5, 5, 5}, {5, 5, 5}, {7, 7, 7}},
        MedianFilter.filter(new double[][] {{1, 5, 2}, {8, 3, 9}, {4, 7, 6}}, 2, 2,
            BoundaryMode.MIRROR, 0, 1));
    assertArrayEquals(new double[] {5, 2, 5, 5, 8, 8, 4},
        MedianFilter.filter(new double[][] {{1, 5, 2, 8, 3, 9, 4}}, 1, 4, BoundaryMode.REFLECT,
            0, 1)[0]);
  }

  @Test
  void gaussianDerivativeKernelWrap() {
    assertArrayEquals(new double[] {0.2237034866029965, 0.6020704772774339, 0.6704014320232349,
        0.5260068685202595, -0.5279941899296235, -1.0669665768152616, -0.36157242749452423,
        -0.0712234062750805},
        GaussianFilter.filter1d(new double[][] {X}, 1.3, 2, 1, BoundaryMode.WRAP, 0, 4.0, 1)[0],
        1e-15);
  }

  @Test
  void gaussianCommandCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("gaussian__default", 1), GaussianFilter.filter(a,
        new double[] {1, 1}, new int[] {5, 5}, BoundaryMode.CONSTANT, 0, SAME, 1),
        Ref.LINEAR, "default");
    Ref.assertClose(Ref.caseOutput("gaussian__smooth", 1), GaussianFilter.filter(a,
        new double[] {2, 3}, new int[] {0, 0}, BoundaryMode.CONSTANT, 0, SAME, 1),
        Ref.LINEAR, "smooth");
    Ref.assertClose(Ref.caseOutput("gaussian__reflect_d1", 1), GaussianFilter.filter(a,
        new double[] {1.5, 1}, new int[] {0, 1}, BoundaryMode.REFLECT, 0, SAME, 1),
        Ref.LINEAR, "d1");
  }

  @Test
  void sobelCommandCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("sobel__default", 1),
        Sobel.filter(a, -1, BoundaryMode.CONSTANT, 0, SAME, 1),
        Ref.LINEAR, "default");
    Ref.assertClose(Ref.caseOutput("sobel__axis0_reflect", 1),
        Sobel.filter(a, 0, BoundaryMode.REFLECT, 0, SAME, 1), Ref.LINEAR, "axis0 reflect");
  }

  @Test
  void convolveAndCorrelateCommandCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("convolve__default", 1), Correlation.convolve(a,
        new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}}, BoundaryMode.CONSTANT, 0, 0, 0, 1),
        Ref.LINEAR, "convolve default");
    Ref.assertClose(Ref.caseOutput("convolve__even_nearest", 1), Correlation.convolve(a,
        new double[][] {{1, 2}, {3, 4}}, BoundaryMode.NEAREST, 0, 0, 0, 1), Ref.LINEAR,
        "convolve even nearest");
    Ref.assertClose(Ref.caseOutput("convolve__reflect", 1), Correlation.convolve(a,
        new double[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}}, BoundaryMode.REFLECT, 0, 0, 0, 1),
        Ref.LINEAR, "convolve reflect");
    Ref.assertClose(Ref.caseOutput("correlate__default", 1), Correlation.correlate(a,
        new double[][] {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        BoundaryMode.CONSTANT, 0, 0, 0, 1), Ref.LINEAR, "correlate default");
    Ref.assertClose(Ref.caseOutput("correlate__wrap_even", 1), Correlation.correlate(a,
        new double[][] {{1, 0, 0, -1}, {2, 0, 0, -2}}, BoundaryMode.WRAP, 0, 0, 0, 1), Ref.LINEAR,
        "correlate wrap even");
  }

  @Test
  void medianFilterCommandCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("median_filter__default", 1),
        MedianFilter.filter(a, 3, 3, BoundaryMode.REFLECT, 0, 1), 0, "distance 3");
    Ref.assertClose(Ref.caseOutput("median_filter__even", 1),
        MedianFilter.filter(a, 4, 4, BoundaryMode.REFLECT, 0, 1), 0, "distance 4");
  }

  @Test
  void rowsSplitOverThreadsGiveTheSameNumbers() {
    double[][] a = Ref.input("A");
    double[][] k = {{1, 2, 0}, {3, -4, 1}};
    for (int threads : new int[] {2, 5}) {
      Ref.assertClose(GaussianFilter.filter(a, new double[] {1.5, 2}, new int[] {1, 2}, BoundaryMode.REFLECT, 0, SAME, 1),
          GaussianFilter.filter(a, new double[] {1.5, 2}, new int[] {1, 2}, BoundaryMode.REFLECT, 0, SAME, threads),
          0, "gaussian");
      Ref.assertClose(Sobel.filter(a, 0, BoundaryMode.NEAREST, 0, SAME, 1),
          Sobel.filter(a, 0, BoundaryMode.NEAREST, 0, SAME, threads), 0, "sobel");
      Ref.assertClose(Correlation.convolve(a, k, BoundaryMode.WRAP, 0, 0, 0, 1),
          Correlation.convolve(a, k, BoundaryMode.WRAP, 0, 0, 0, threads), 0, "convolve");
      Ref.assertClose(MedianFilter.filter(a, 3, 4, BoundaryMode.REFLECT, 0, 1),
          MedianFilter.filter(a, 3, 4, BoundaryMode.REFLECT, 0, threads), 0, "median");
    }
  }

  @Test
  void storeSeesEveryPass() {
    double[][] a = Ref.input("A");
    int[] passes = new int[1];
    UnaryOperator<double[][]> count = x -> {
      passes[0]++;
      return x;
    };
    GaussianFilter.filter(a, new double[] {1, 1}, new int[] {0, 0}, BoundaryMode.CONSTANT, 0, count, 1);
    assertEquals(2, passes[0], "gaussian: one pass per axis");
    GaussianFilter.filter(a, new double[] {0, 1}, new int[] {0, 0}, BoundaryMode.CONSTANT, 0, count, 1);
    assertEquals(3, passes[0], "gaussian: sigma 0 skips its axis");
    Sobel.filter(a, 1, BoundaryMode.CONSTANT, 0, count, 1);
    assertEquals(5, passes[0], "sobel: derivative, then smoothing");
  }
}

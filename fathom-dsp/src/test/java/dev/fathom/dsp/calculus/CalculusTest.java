package dev.fathom.dsp.calculus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.fathom.dsp.Axes;
import dev.fathom.dsp.Ref;
import org.junit.jupiter.api.Test;

/** distpy's gradient/diff/unwrap/running_mean cases, plus numpy 2.4.6 values. */
class CalculusTest {

  @Test
  void gradientCases() {
    double[][] a = Ref.input("A");
    double[] xaxis = Ref.xaxis("A");
    double[] taxis = new double[500];
    for (int i = 0; i < taxis.length; i++) {
      taxis[i] = i;
    }
    Ref.assertClose(Ref.caseOutput("gradient__default", 1), Gradient.of(a, xaxis, 0, 1),
        Ref.LINEAR, "axis0");
    Ref.assertClose(Ref.caseOutput("gradient__axis1", 1), Gradient.of(a, taxis, 1, 1),
        Ref.LINEAR, "axis1");
    Ref.assertClose(Ref.caseOutput("gradient__edge2", 1), Gradient.of(a, xaxis, 0, 2),
        Ref.LINEAR, "edge2");
  }

  @Test
  void gradientFormulasAsNumpy() {
    double[] f = {1, 4, 9, 16, 25};
    double[] x = {0, 1, 3, 4, 7};
    assertArrayEquals(new double[] {3.166666666666667, 2.8333333333333335, 5.499999999999999,
        5.999999999999999, 1.7763568394002505e-15}, Gradient.of(f, x, 2), 1e-15);
    assertArrayEquals(new double[] {3, 2.8333333333333335, 5.499999999999999, 5.999999999999999,
        3}, Gradient.of(f, x, 1), 1e-15);
    assertArrayEquals(new double[] {1, 2, 3, 4, 5}, Gradient.of(f, 2.0, 2), 1e-15);
  }

  /** distpy's diff command: numpy.diff(append=0), then the boundary fix for axis 0/1. */
  private static double[][] distpyDiff(double[][] a, int n, int axis, boolean fix) {
    double[][] r = Differences.diff(a, n, axis, 0.0);
    if (fix && Axes.normalise(axis) == 1) {
      for (double[] row : r) {
        row[row.length - 1] = row[row.length - 2];
      }
    } else if (fix) {
      r[r.length - 1] = r[r.length - 2].clone();
    }
    return r;
  }

  @Test
  void diffCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("diff__default", 1), distpyDiff(a, 1, -1, false), 0,
        "default");
    Ref.assertClose(Ref.caseOutput("diff__axis1", 1), distpyDiff(a, 1, 1, true), 0, "axis1");
    Ref.assertClose(Ref.caseOutput("diff__axis0", 1), distpyDiff(a, 1, 0, true), 0, "axis0");
    Ref.assertClose(Ref.caseOutput("diff__n2_axis1", 1), distpyDiff(a, 2, 1, true), 0, "n2");
  }

  @Test
  void unwrapCasesFromTheSameAngles() {
    double[][] angles = Ref.caseOutput("angle__complex", 2);
    Ref.assertClose(Ref.caseOutput("unwrap__default", 3), Differences.unwrap(angles, -1),
        Ref.LINEAR, "axis -1");
    Ref.assertClose(Ref.caseOutput("unwrap__axis0", 3), Differences.unwrap(angles, 0),
        Ref.LINEAR, "axis 0");
    assertArrayEquals(new double[] {0, 3, 0.21681469282041377, 3.2831853071795862,
        6.383185307179586}, Differences.unwrap(new double[] {0, 3, 6.5, -3, 0.1}), 1e-15);
  }

  @Test
  void runningMeanInPlaceCase() {
    double[][] a = Ref.input("A");
    double[][] expected = Ref.load(
        "cases/running_mean__axis0/uid0_after.npy").data();
    for (double[] row : a) {
      double[] m = Differences.runningMean(row, 5);
      System.arraycopy(m, 0, row, 0, m.length);
    }
    Ref.assertClose(expected, a, Ref.LINEAR, "running mean rows");
  }

  @Test
  void interpAsNumpy() {
    assertArrayEquals(new double[] {10, 15, 35, 40, 40},
        Differences.interp(new double[] {-1, 0.5, 2.5, 10, 3}, new double[] {0, 1, 3},
            new double[] {10, 20, 40}), 1e-15);
  }
}

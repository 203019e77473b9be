package dev.fathom.dsp.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.dsp.Ref;
import org.junit.jupiter.api.Test;

/** distpy's reduction command cases, plus scipy 1.17.1 values for edge cases. */
class MomentsTest {

  @Test
  void meanStdSumCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.column(Ref.caseOutput("mean__default", 1)), Moments.mean(a, 1),
        Ref.LINEAR, "mean");
    Ref.assertClose(Ref.caseOutput("mean__axis0", 1)[0], Moments.mean(a, 0), Ref.LINEAR,
        "mean axis0");
    Ref.assertClose(Ref.column(Ref.caseOutput("std_dev__default", 1)), Moments.std(a, 1),
        Ref.LINEAR, "std");
    Ref.assertClose(Ref.caseOutput("std_dev__axis0", 1)[0], Moments.std(a, 0), Ref.LINEAR,
        "std axis0");
    Ref.assertClose(Ref.column(Ref.caseOutput("sum__default", 1)), Moments.sum(a, 1),
        Ref.LINEAR, "sum");
    Ref.assertClose(Ref.caseOutput("sum__axis0", 1)[0], Moments.sum(a, 0), Ref.LINEAR,
        "sum axis0");
  }

  @Test
  void higherMomentCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("kurtosis__default", 1)[0], Moments.kurtosis(a, 1),
        Ref.LINEAR, "kurtosis");
    Ref.assertClose(Ref.caseOutput("kurtosis__axis0", 1)[0], Moments.kurtosis(a, 0),
        Ref.LINEAR, "kurtosis axis0");
    Ref.assertClose(Ref.caseOutput("skewness__default", 1)[0], Moments.skew(a, 1), Ref.LINEAR,
        "skew");
    Ref.assertClose(Ref.caseOutput("skewness__axis0", 1)[0], Moments.skew(a, 0), Ref.LINEAR,
        "skew axis0");
  }

  @Test
  void meansOfPositiveAndSignedData() {
    double[][] positive = Ref.caseOutput("geometric_mean__positive", 2);
    Ref.assertClose(Ref.caseOutput("geometric_mean__positive", 3)[0],
        Moments.gmean(positive, 1), Ref.LINEAR, "gmean");
    Ref.assertClose(Ref.caseOutput("harmonic_mean__positive", 3)[0],
        Moments.hmean(positive, 1), Ref.LINEAR, "hmean");
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("geometric_mean__raw", 1)[0], Moments.gmean(a, 1), 0,
        "gmean raw (NaN)");
    Ref.assertClose(Ref.caseOutput("harmonic_mean__raw", 1)[0], Moments.hmean(a, 1), 0,
        "hmean raw (NaN)");
  }

  @Test
  void edgeCasesAsScipy() {
    double nan = Double.NaN;
    assertEquals(1.4430588355316425, Moments.skew(new double[][] {{1, 2, nan, 7, 3}}, 1)[0],
        1e-15);
    assertEquals(-0.47255273120605557,
        Moments.kurtosis(new double[][] {{1, 2, nan, 7, 3, 11}}, 1)[0], 1e-15);
    assertTrue(Double.isNaN(Moments.skew(new double[][] {{2, 2, 2, 2}}, 1)[0]));
    assertEquals(-1.5, Moments.kurtosis(new double[][] {{1, 2, 3}}, 1)[0], 1e-15);
    assertArrayEquals(new double[] {0.0}, Moments.hmean(new double[][] {{0, 2, 3}}, 1));
    assertArrayEquals(new double[] {0.0}, Moments.gmean(new double[][] {{0, 2, 3}}, 1));
    assertArrayEquals(new double[] {5.0, 6.25}, Moments.moment(new double[][] {{1, 3, 5, 7},
        {0, 0, 5, 5}}, 2, 1), 0);
  }
}

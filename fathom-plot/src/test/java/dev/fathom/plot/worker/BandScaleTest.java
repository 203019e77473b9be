package dev.fathom.plot.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** distpy's despiked colour maximum and rgb intensity. */
class BandScaleTest {
  @Test
  void vmaxIsTenTimesTheLargestValueWithinThreeMedianDeviations() {
    // median 3, deviations 2 1 0 1 97, their median 1: 100 is a spike, 4 the largest kept
    assertEquals(40, BandScale.vmax(new double[][] {{1, 2, 3}, {4, 100, Double.NaN}}));
  }

  @Test
  void constantOrEmptyBandsFallBackToTheirMaximumOrOne() {
    assertEquals(5, BandScale.vmax(new double[][] {{5, 5}, {5, 5}}), "median deviation 0: distpy fails");
    assertEquals(1, BandScale.vmax(new double[][] {{0, 0}}));
    assertEquals(1, BandScale.vmax(new double[][] {{Double.NaN}}));
  }

  @Test
  void intensityRunsFromZeroToJustBelowOne() {
    double[][] v = BandScale.intensity(new double[][] {{2, 4}, {6, Double.NaN}});
    assertEquals(0, v[0][0]);
    assertEquals(2 / (4 + 1e-6), v[0][1], 1e-15);
    assertEquals(4 / (4 + 1e-6), v[1][0], 1e-15);
    assertEquals(Double.NaN, v[1][1]);
  }
}

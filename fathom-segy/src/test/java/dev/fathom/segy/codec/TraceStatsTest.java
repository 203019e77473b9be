package dev.fathom.segy.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TraceStatsTest {
  @Test
  void smallTraceHasExactStatistics() {
    TraceStats s = new TraceStats().add(new float[] {1, -2, 3, -4, 5});
    assertEquals(5, s.count());
    assertEquals(-4f, s.min());
    assertEquals(5f, s.max());
    assertEquals(3.0, s.sum());
    assertEquals(15.0, s.sumAbs());
    assertEquals(55.0, s.sumSquares());
    assertEquals(0.6, s.mean());
    assertEquals(3.0, s.meanAbs());
    assertEquals(Math.sqrt(11.0), s.rms());
  }

  /**
   * Every length 0..40 (all unrolled-loop tails), at an offset, with integer data whose sums are
   * exact.
   */
  @Test
  void everyLengthAndOffsetMatchesAPlainLoop() {
    Random random = new Random(1);
    float[] x = new float[50];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextInt(2001) - 1000;
    }
    for (int off = 0; off < 4; off++) {
      for (int n = 0; n <= 40; n++) {
        TraceStats s = new TraceStats().add(x, off, n);
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double sum = 0;
        double abs = 0;
        double sq = 0;
        for (int i = off; i < off + n; i++) {
          min = Math.min(min, x[i]);
          max = Math.max(max, x[i]);
          sum += x[i];
          abs += Math.abs(x[i]);
          sq += (double) x[i] * x[i];
        }
        String at = off + "+" + n;
        assertEquals(n, s.count(), at);
        assertEquals(min, s.min(), at);
        assertEquals(max, s.max(), at);
        assertEquals(sum, s.sum(), at);
        assertEquals(abs, s.sumAbs(), at);
        assertEquals(sq, s.sumSquares(), at);
      }
    }
  }

  /**
   * Random float amplitudes of every magnitude: sums within the documented bound of the exact sums.
   */
  @Test
  void sumsAreCloseToExactSums() {
    Random random = new Random(2);
    float[] x = new float[10_007];
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal abs = BigDecimal.ZERO;
    BigDecimal sq = BigDecimal.ZERO;
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6));
      BigDecimal v = new BigDecimal(x[i]);
      sum = sum.add(v);
      abs = abs.add(v.abs());
      sq = sq.add(v.multiply(v));
    }
    TraceStats s = new TraceStats().add(x, 0, 5000).add(x, 5000, x.length - 5000);
    double bound = x.length * 0x1p-53 * abs.doubleValue();
    assertEquals(sum.doubleValue(), s.sum(), bound);
    assertEquals(abs.doubleValue(), s.sumAbs(), bound);
    assertEquals(sq.doubleValue(), s.sumSquares(), x.length * 0x1p-53 * sq.doubleValue());
    assertEquals(
        abs.divide(BigDecimal.valueOf(x.length), MathContext.DECIMAL64).doubleValue(),
        s.meanAbs(),
        bound / x.length);
  }

  @Test
  void nanPropagatesToSumsButNotToMinAndMax() {
    TraceStats s = new TraceStats().add(new float[] {Float.NaN, 2, -1, Float.NaN, 7, 0});
    assertEquals(-1f, s.min());
    assertEquals(7f, s.max());
    assertTrue(Double.isNaN(s.sum()));
    assertTrue(Double.isNaN(s.sumAbs()));
    assertTrue(Double.isNaN(s.rms()));
    TraceStats t = new TraceStats().add(new float[] {Float.NEGATIVE_INFINITY, 1, 2});
    assertEquals(Float.NEGATIVE_INFINITY, t.min());
    assertEquals(Double.NEGATIVE_INFINITY, t.sum());
    assertEquals(Double.POSITIVE_INFINITY, t.sumAbs());
  }

  @Test
  void minAndMaxOrderNegativeZeroBelowZeroAndSpanEveryMagnitude() {
    TraceStats s = new TraceStats().add(new float[] {0.0f, -0.0f, 0.0f, -0.0f, 0.0f});
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(s.min()));
    assertEquals(Float.floatToRawIntBits(0.0f), Float.floatToRawIntBits(s.max()));
    float[] x = {-Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, 1, -1, 7};
    TraceStats t = new TraceStats().add(x);
    assertEquals(-Float.MAX_VALUE, t.min());
    assertEquals(Float.MAX_VALUE, t.max());
    TraceStats u =
        new TraceStats().add(new float[] {-Float.MIN_VALUE, -3e-45f, -1e-40f, Float.MIN_VALUE});
    assertEquals(-1e-40f, u.min());
    assertEquals(Float.MIN_VALUE, u.max());
    // across calls
    t.add(new float[] {Float.NEGATIVE_INFINITY}).add(new float[] {5});
    assertEquals(Float.NEGATIVE_INFINITY, t.min());
    assertEquals(Float.MAX_VALUE, t.max());
  }

  @Test
  void infinitiesOfBothSignsAndNansOfBothSigns() {
    TraceStats s =
        new TraceStats().add(new float[] {Float.POSITIVE_INFINITY, 2, Float.NEGATIVE_INFINITY, 1});
    assertEquals(Float.NEGATIVE_INFINITY, s.min());
    assertEquals(Float.POSITIVE_INFINITY, s.max());
    assertTrue(Double.isNaN(s.sum()));
    float negativeNan = Float.intBitsToFloat(0xFFC00000);
    TraceStats t =
        new TraceStats().add(new float[] {negativeNan, 3, Float.NaN, -2, 9, negativeNan, 4});
    assertEquals(-2f, t.min());
    assertEquals(9f, t.max());
    TraceStats u = new TraceStats().add(new float[] {Float.NaN, negativeNan});
    assertEquals(Float.POSITIVE_INFINITY, u.min());
    assertEquals(Float.NEGATIVE_INFINITY, u.max());
    assertEquals(2, u.count());
  }

  @Test
  void emptyAndReset() {
    TraceStats s = new TraceStats();
    assertEquals(0, s.count());
    assertEquals(Float.POSITIVE_INFINITY, s.min());
    assertEquals(Float.NEGATIVE_INFINITY, s.max());
    assertEquals(0.0, s.sum());
    assertTrue(Double.isNaN(s.mean()));
    assertTrue(Double.isNaN(s.meanAbs()));
    assertTrue(Double.isNaN(s.rms()));
    s.add(new float[] {3, 4});
    assertSame(s, s.reset());
    assertEquals(0, s.count());
    assertEquals(0.0, s.sumSquares());
    assertEquals(Float.POSITIVE_INFINITY, s.min());
    s.add(new float[] {-1});
    assertEquals(-1f, s.max());
    assertEquals(1.0, s.sumAbs());
  }

  @Test
  void boundsAreChecked() {
    TraceStats s = new TraceStats();
    assertThrows(IndexOutOfBoundsException.class, () -> s.add(new float[3], 1, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> s.add(new float[3], -1, 1));
    assertEquals(0, s.count());
  }

  @Test
  void staticMeanAbsAgreesWithTheFullStatistics() {
    java.util.Random r = new java.util.Random(7);
    for (int n = 1; n <= 37; n++) {
      float[] x = new float[n + 3];
      for (int k = 0; k < x.length; k++) x[k] = (float) r.nextGaussian();
      double want = new TraceStats().add(x, 3, n).meanAbs();
      org.junit.jupiter.api.Assertions.assertEquals(want, TraceStats.meanAbs(x, 3, n), Math.abs(want) * 1e-14);
    }
    org.junit.jupiter.api.Assertions.assertEquals(2.5, TraceStats.meanAbs(new float[] {-1, 2, -3, 4}, 0, 4));
  }
}

package dev.fathom.core;

/**
 * A uniform sampling of one axis: {@code count} values {@code first + i * delta}, i = 0..count-1
 * (after edu.mines.jtk.dsp.Sampling). Units are those of the axis it describes (seconds for a
 * time axis, metres for distance) and are stated where a Sampling is produced.
 *
 * @param count number of samples, at least 0
 * @param delta interval between samples, positive
 * @param first value of the first sample
 */
public record Sampling(int count, double delta, double first) {
  public Sampling {
    if (count < 0) {
      throw new IllegalArgumentException("count < 0: " + count);
    }
    if (!(delta > 0) || Double.isInfinite(delta)) {
      throw new IllegalArgumentException("delta must be positive and finite: " + delta);
    }
    if (!Double.isFinite(first)) {
      throw new IllegalArgumentException("first must be finite: " + first);
    }
  }

  /** Value of sample {@code i}. */
  public double value(int i) {
    return first + i * delta;
  }

  /** Value of the last sample (equal to first if count is 0 or 1). */
  public double last() {
    return count == 0 ? first : value(count - 1);
  }

  /** All sample values. */
  public double[] values() {
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = value(i);
    }
    return v;
  }

  /** The index of the sample nearest {@code x}, clamped to [0, count-1]. */
  public int indexOfNearest(double x) {
    if (count == 0) {
      throw new IllegalStateException("empty sampling");
    }
    long i = Math.round((x - first) / delta);
    return (int) Math.max(0, Math.min(count - 1, i));
  }
}

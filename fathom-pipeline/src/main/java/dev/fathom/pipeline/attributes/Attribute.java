package dev.fathom.pipeline.attributes;

import dev.fathom.core.InvalidDataException;
import dev.fathom.core.FathomException;
import dev.fathom.segy.codec.TraceStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Per-trace amplitude statistics over the {@code n} samples {@code x} of one trace, as decoded to
 * float32 (IBM samples exactly converted, then rounded once to float; see SampleDecoder), computed in
 * double precision. Units are those of the samples (squared for {@link #ENERGY}).
 *
 * <p>Sums: every float is widened exactly to double and added in interleaved partial sums:
 * {@code mean_abs} by {@link TraceStats#meanAbs} (eight sums, samples i mod 8, combined pairwise),
 * whatever else is asked for, so its value never depends on the selection; the others by
 * {@link TraceStats#add} (four sums, samples i mod 4, combined as (s0 + s1) + (s2 + s3)). The
 * relative rounding error of a sum is at most about {@code n * 2^-53}. So {@code mean_abs} is
 * {@code sum(|x|) / n} to within that bound of the exact real value (about 1e-13 relative for
 * 1000 samples): what numpy gives with {@code np.abs(x.astype(np.float64)).mean()} up to the last
 * few bits.
 */
public enum Attribute {
  /** {@code sum(|x|) / n}: mean absolute amplitude. */
  MEAN_ABS,
  /** {@code sqrt(sum(x^2) / n)}: root-mean-square amplitude. */
  RMS,
  /** Smallest sample (NaN ignored). */
  MIN,
  /** Largest sample (NaN ignored). */
  MAX,
  /** {@code sum(x^2)}: energy, squared sample units. */
  ENERGY,
  /** {@code sum(x) / n}. */
  MEAN,
  /** Population standard deviation {@code sqrt(sum((x - mean)^2) / n)}, two passes. */
  STD,
  /** {@code max(|min|, |max|)}: peak absolute amplitude. */
  PEAK_ABS,
  /** Number of sign changes between consecutive non-zero samples, divided by {@code n - 1}. */
  ZERO_CROSSING_RATE;

  /** The column name, e.g. {@code mean_abs}. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The default selection of the CLI. */
  public static final List<Attribute> DEFAULT = List.of(MEAN_ABS, RMS, MIN, MAX, ENERGY);

  /**
   * Parses a comma-separated list of column names ({@code mean_abs,rms}).
   *
   * @throws InvalidDataException naming the unknown name and the known ones
   */
  public static List<Attribute> parse(String list) {
    List<Attribute> out = new ArrayList<>();
    for (String s : list.split(",")) {
      String name = s.trim();
      if (name.isEmpty()) continue;
      Attribute a = Arrays.stream(values()).filter(v -> v.column().equalsIgnoreCase(name)).findFirst()
          .orElseThrow(() -> new InvalidDataException("--attributes", FathomException.NO_OFFSET,
              "unknown attribute '" + name + "'; known: " + Arrays.stream(values()).map(Attribute::column).toList()));
      if (out.contains(a)) {
        throw new InvalidDataException("--attributes", FathomException.NO_OFFSET, "attribute '" + name + "' given twice");
      }
      out.add(a);
    }
    if (out.isEmpty()) throw new InvalidDataException("--attributes", FathomException.NO_OFFSET, "no attribute named");
    return out;
  }

  /** This statistic of {@code x[0..n-1]}, whose {@link TraceStats} are {@code s}. */
  double of(TraceStats s, float[] x, int n) {
    return switch (this) {
      case MEAN_ABS -> n == 0 ? Double.NaN : TraceStats.meanAbs(x, 0, n);
      case RMS -> s.rms();
      case MIN -> s.min();
      case MAX -> s.max();
      case ENERGY -> s.sumSquares();
      case MEAN -> s.mean();
      case STD -> std(x, n, s.mean());
      case PEAK_ABS -> Math.max(Math.abs((double) s.min()), Math.abs((double) s.max()));
      case ZERO_CROSSING_RATE -> zeroCrossingRate(x, n);
    };
  }

  private static double std(float[] x, int n, double mean) {
    if (n == 0) return Double.NaN;
    double s0 = 0;
    double s1 = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) {
      double d0 = x[i] - mean;
      double d1 = x[i + 1] - mean;
      s0 += d0 * d0;
      s1 += d1 * d1;
    }
    if (i < n) {
      double d = x[i] - mean;
      s0 += d * d;
    }
    return Math.sqrt((s0 + s1) / n);
  }

  private static double zeroCrossingRate(float[] x, int n) {
    if (n < 2) return Double.NaN;
    int crossings = 0;
    float last = 0;
    for (int i = 0; i < n; i++) {
      float v = x[i];
      if (v == 0 || v != v) continue;
      if ((last < 0 && v > 0) || (last > 0 && v < 0)) crossings++;
      last = v;
    }
    return crossings / (double) (n - 1);
  }
}

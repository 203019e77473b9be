package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.write.SegyWriter;
import dev.fathom.segy.write.TraceHeaderBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Small synthetic post-stack surveys written with {@link SegyWriter}, together with the exact
 * values (samples and header words) a reader must find in them. Shared by the round-trip and the
 * segyio cross-check tests.
 *
 * <p>Survey layout: inline-sorted (crossline fastest), inlines {@code 11, 12, ...}, crosslines
 * {@code 201, 203, ...}, CDP coordinates in centimetres with scalar -100. Sample values are chosen
 * to be exactly representable in the format (see {@link #values}), so every reader must return
 * them bit for bit.
 */
final class TestSurveys {
  static final int FIRST_INLINE = 11;
  static final int FIRST_CROSSLINE = 201;
  static final int CROSSLINE_STEP = 2;
  static final int COORDINATE_SCALAR = -100;

  private TestSurveys() {}

  /**
   * A written survey.
   *
   * @param path the file
   * @param spec what it was written with
   * @param inlines number of inlines (slow axis)
   * @param crosslines number of crosslines (fast axis)
   * @param samples the exact sample values, [trace][sample]
   */
  record Survey(Path path, SegyWriter.Spec spec, int inlines, int crosslines, double[][] samples) {
    int traces() {
      return inlines * crosslines;
    }

    int inline(int trace) {
      return FIRST_INLINE + trace / crosslines;
    }

    int crossline(int trace) {
      return FIRST_CROSSLINE + CROSSLINE_STEP * (trace % crosslines);
    }

    /** Raw CDP_X (cm): 25 m crossline spacing, 10 m inline shift, around 450 km. */
    int cdpX(int trace) {
      return 45_000_000 + 2_500 * (trace % crosslines) + 1_000 * (trace / crosslines);
    }

    /** Raw CDP_Y (cm), negative on purpose. */
    int cdpY(int trace) {
      return -6_700_000 + 3_000 * (trace / crosslines) - 7 * (trace % crosslines);
    }

    /**
     * Every standard trace header word this survey sets for {@code trace}, by field name, as the
     * writer must store it (the test's words and the writer's sequence numbers, sample count and
     * interval). Every other word of the 240 bytes must be 0.
     */
    Map<String, Long> headerWords(int trace) {
      Map<String, Long> m = new LinkedHashMap<>();
      m.put("TRACE_SEQUENCE_LINE", trace + 1L);
      m.put("TRACE_SEQUENCE_FILE", trace + 1L);
      m.put("TRACE_SAMPLE_COUNT", spec.samples() <= 65535 ? (long) spec.samples() : 0L);
      m.put("TRACE_SAMPLE_INTERVAL", spec.intervalUs() < 32768 ? Math.round(spec.intervalUs()) : 0L);
      m.putAll(testWords(trace));
      return m;
    }

    /** The header words the test itself sets on {@code trace} (the writer adds the others). */
    Map<String, Long> testWords(int trace) {
      Map<String, Long> m = new LinkedHashMap<>();
      m.put("CDP", 1000L + trace);
      m.put("TraceIdentificationCode", 1L);
      m.put("SourceGroupScalar", (long) COORDINATE_SCALAR);
      m.put("CDP_X", (long) cdpX(trace));
      m.put("CDP_Y", (long) cdpY(trace));
      m.put("INLINE_3D", (long) inline(trace));
      m.put("CROSSLINE_3D", (long) crossline(trace));
      return m;
    }

    /** The expected value of every standard trace header field of {@code trace}. */
    Map<HeaderField, Long> allHeaderWords(int trace) {
      Map<String, Long> set = headerWords(trace);
      Map<HeaderField, Long> m = new LinkedHashMap<>();
      for (HeaderField f : StandardLayouts.TRACE.fields()) {
        m.put(f, set.getOrDefault(f.name(), 0L));
      }
      return m;
    }

    int[] inlineNumbers() {
      int[] r = new int[inlines];
      for (int i = 0; i < inlines; i++) r[i] = FIRST_INLINE + i;
      return r;
    }

    int[] crosslineNumbers() {
      int[] r = new int[crosslines];
      for (int j = 0; j < crosslines; j++) r[j] = FIRST_CROSSLINE + CROSSLINE_STEP * j;
      return r;
    }
  }

  /** Writes a survey of {@code inlines x crosslines} traces to {@code path} as {@code spec} says. */
  static Survey write(Path path, SegyWriter.Spec spec, int inlines, int crosslines) {
    double[][] samples = new double[inlines * crosslines][];
    Survey s = new Survey(path, spec, inlines, crosslines, samples);
    SegyWriter w = SegyWriter.create(path, spec);
    try {
      for (int t = 0; t < s.traces(); t++) {
        samples[t] = values(spec.format(), t, spec.samples());
        TraceHeaderBuilder h = w.header();
        s.testWords(t).forEach(h::set);
        float[] f = t % 2 == 0 ? asFloatsIfExact(samples[t]) : null;
        // even traces through the float[] entry point where the values allow it, others as double[]
        if (f != null) {
          w.write(h, f);
        } else {
          w.write(h, samples[t]);
        }
      }
      assertFalse(Files.exists(path), "the target must not appear before close(): " + path);
      w.close();
    } catch (RuntimeException | Error e) {
      w.abort();
      throw e;
    }
    return s;
  }

  /**
   * {@code n} values for trace {@code trace}, each exactly representable in {@code format} (and,
   * for the float formats, in float32's range): the format's extremes, zero, then pseudo-random
   * values from a fixed seed.
   */
  static double[] values(SampleFormat format, int trace, int n) {
    Random rnd = new Random(1000L * format.code() + trace);
    double[] special = specials(format);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i < special.length ? special[(i + trace) % special.length] : random(format, rnd);
    }
    return v;
  }

  private static double[] specials(SampleFormat f) {
    switch (f) {
      case IBM_FLOAT32:
        // normalised IBM values that float32 holds exactly (FLT_MAX = 0x60FFFFFF, 2^-126 = 0x21400000)
        return new double[] {0, 1, -1, 100, -118.625, 0.0625, Float.MAX_VALUE, -Float.MIN_NORMAL, 0x1p100, -0x1p-60};
      case IEEE_FLOAT32:
        return new double[] {0, -0.0, Float.MIN_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1};
      case IEEE_FLOAT64:
        return new double[] {0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN, 0.1, 1e-300};
      default:
        return new double[] {f.minValue(), largest(f), 0, 1, f.isSigned() ? -1 : 2};
    }
  }

  /** The largest value of an integer format that a double holds exactly (2^63 - 1024 for int64). */
  private static double largest(SampleFormat f) {
    return Math.floor(Math.nextDown(f.maxValueExclusive()));
  }

  private static double random(SampleFormat f, Random rnd) {
    switch (f) {
      case IBM_FLOAT32:
        // at most 20 significant bits: exact in IBM whatever the hexadecimal alignment
        return Math.scalb((double) (rnd.nextInt(1 << 20) - (1 << 19)), rnd.nextInt(40) - 20);
      case IEEE_FLOAT32:
        return nonNaN(() -> Float.intBitsToFloat(rnd.nextInt()));
      case IEEE_FLOAT64:
        return nonNaN(() -> Double.longBitsToDouble(rnd.nextLong()));
      default:
        double min = f.minValue();
        return Math.min(largest(f), Math.floor(min + rnd.nextDouble() * (f.maxValueExclusive() - min)));
    }
  }

  private static double nonNaN(java.util.function.DoubleSupplier s) {
    double d;
    do {
      d = s.getAsDouble();
    } while (Double.isNaN(d));
    return d;
  }

  /** The values as floats when every one converts exactly (NaN included), else null. */
  static float[] asFloatsIfExact(double[] v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = (float) v[i];
      if (!Double.isNaN(v[i]) && Double.doubleToRawLongBits(f[i]) != Double.doubleToRawLongBits(v[i])) return null;
    }
    return f;
  }
}

package dev.fathom.segy.synth;

import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.write.SegyWriter;
import dev.fathom.segy.write.TraceHeaderBuilder;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic post-stack 3D survey: inline-sorted traces of a layered earth (dipping,
 * gently folded reflectors with random reflection coefficients, convolved with a 30 Hz Ricker
 * wavelet) plus weak noise, so amplitudes look like seismic and vary along the survey. Each trace
 * header carries inline (189), crossline (193), CDP (21), CDP X/Y (181, 185) in centimetres with
 * coordinate scalar -100 (bytes 71-72), on a grid of 25 m bins rotated by 30 degrees from an
 * origin at (450000 m, 6780000 m). Deterministic for a given seed.
 *
 * <p>Samples: 4 ms interval unless given; the wavelet and reflectors are in time (seconds).
 */
public final class SurveySynthesizer {
  /** Bin size, metres. */
  public static final double BIN = 25.0;
  /** Grid rotation, degrees (inline axis from east, anticlockwise). */
  public static final double AZIMUTH = 30.0;
  public static final double ORIGIN_X = 450_000.0;
  public static final double ORIGIN_Y = 6_780_000.0;
  /** First inline and crossline numbers. */
  public static final int FIRST_INLINE = 1000;
  public static final int FIRST_CROSSLINE = 2000;

  private static final int LAYERS = 40;
  private static final double RICKER_HZ = 30.0;

  private final int inlines;
  private final int crosslines;
  private final int samples;
  private final double intervalUs;
  private final long seed;
  private final double[] layerTime;
  private final double[] layerDipIl;
  private final double[] layerDipXl;
  private final double[] layerCoef;
  private final float[] wavelet;

  /**
   * @param inlines number of inlines
   * @param crosslines number of crosslines per inline
   * @param samples samples per trace
   * @param intervalUs sample interval, microseconds
   * @param seed random seed
   */
  public SurveySynthesizer(int inlines, int crosslines, int samples, double intervalUs, long seed) {
    if (inlines < 1 || crosslines < 1 || samples < 1) {
      throw new IllegalArgumentException("inlines, crosslines and samples must be positive");
    }
    this.inlines = inlines;
    this.crosslines = crosslines;
    this.samples = samples;
    this.intervalUs = intervalUs;
    this.seed = seed;
    SplittableRandom r = new SplittableRandom(seed);
    double duration = samples * intervalUs * 1e-6;
    layerTime = new double[LAYERS];
    layerDipIl = new double[LAYERS];
    layerDipXl = new double[LAYERS];
    layerCoef = new double[LAYERS];
    for (int k = 0; k < LAYERS; k++) {
      layerTime[k] = duration * (0.05 + 0.9 * (k + r.nextDouble()) / LAYERS);
      layerDipIl[k] = (r.nextDouble() - 0.5) * 0.2 * duration / Math.max(1, inlines);
      layerDipXl[k] = (r.nextDouble() - 0.5) * 0.2 * duration / Math.max(1, crosslines);
      layerCoef[k] = (r.nextDouble() - 0.5) * 2 * (0.3 + 0.7 * r.nextDouble());
    }
    double dt = intervalUs * 1e-6;
    int half = (int) Math.ceil(1.5 / (Math.PI * RICKER_HZ * dt)) + 1;
    wavelet = new float[2 * half + 1];
    for (int i = -half; i <= half; i++) {
      double a = Math.PI * RICKER_HZ * i * dt;
      wavelet[i + half] = (float) ((1 - 2 * a * a) * Math.exp(-a * a));
    }
  }

  public long traceCount() {
    return (long) inlines * crosslines;
  }

  /** Bytes of the file this writes in {@code format}. */
  public long fileSize(SampleFormat format) {
    return 3600 + traceCount() * (240L + (long) samples * format.bytesPerSample());
  }

  /** Fills {@code out} with the samples of trace (il index, xl index). */
  public void trace(int i, int j, float[] out, SplittableRandom noise) {
    java.util.Arrays.fill(out, 0, samples, 0f);
    double dt = intervalUs * 1e-6;
    int half = wavelet.length / 2;
    double fold = Math.sin(2 * Math.PI * i / Math.max(8.0, inlines / 1.5)) * Math.cos(2 * Math.PI * j / Math.max(8.0, crosslines / 1.3));
    for (int k = 0; k < LAYERS; k++) {
      double t = layerTime[k] + layerDipIl[k] * i + layerDipXl[k] * j + fold * 0.01 * (1 + k % 3);
      int c = (int) Math.round(t / dt);
      double amp = layerCoef[k] * (1 + 0.3 * Math.sin(0.05 * i + 0.07 * j + k));
      for (int w = 0; w < wavelet.length; w++) {
        int s = c - half + w;
        if (s >= 0 && s < samples) out[s] += (float) (amp * wavelet[w]);
      }
    }
    for (int s = 0; s < samples; s++) {
      out[s] += (float) ((noise.nextDouble() - 0.5) * 0.02);
    }
  }

  /**
   * Writes the survey to {@code out}.
   *
   * @param progress called with the number of traces written so far (every 1000 traces), or null
   */
  public void write(Path out, SampleFormat format, ByteOrder order, int revision, LongConsumer progress) {
    SegyWriter.Spec spec = new SegyWriter.Spec(revision, format, order, samples, intervalUs,
        SegyWriter.standardText(revision,
            "Fathom synthetic post-stack survey (segy synth)",
            String.format(Locale.ROOT, "%d inlines from %d, %d crosslines from %d, %d samples at %.0f us",
                inlines, FIRST_INLINE, crosslines, FIRST_CROSSLINE, samples, intervalUs),
            "INLINE 189, CROSSLINE 193, CDP X/Y 181/185 IN CM (SCALAR -100)",
            String.format(Locale.ROOT, "BIN %.0f M, GRID AZIMUTH %.0f DEG, ORIGIN %.0f %.0f", BIN, AZIMUTH, ORIGIN_X, ORIGIN_Y),
            "SAMPLE FORMAT " + format.code() + " " + format.description(),
            "SEED " + seed),
        null);
    SplittableRandom noise = new SplittableRandom(seed ^ 0x5EED);
    float[] buf = new float[samples];
    double ca = Math.cos(Math.toRadians(AZIMUTH));
    double sa = Math.sin(Math.toRadians(AZIMUTH));
    SegyWriter w = SegyWriter.create(out, spec);
    try {
      TraceHeaderBuilder h = w.header();
      for (int i = 0; i < inlines; i++) {
        for (int j = 0; j < crosslines; j++) {
          double u = j * BIN;
          double v = i * BIN;
          double x = ORIGIN_X + u * ca - v * sa;
          double y = ORIGIN_Y + u * sa + v * ca;
          h.clear()
              .set("INLINE_3D", FIRST_INLINE + i)
              .set("CROSSLINE_3D", FIRST_CROSSLINE + j)
              .set("CDP", (long) i * crosslines + j + 1)
              .set("SourceGroupScalar", -100)
              .set("CDP_X", Math.round(x * 100))
              .set("CDP_Y", Math.round(y * 100))
              .set("TraceIdentificationCode", 1);
          trace(i, j, buf, noise);
          w.write(h, buf);
          if (progress != null && w.traceCount() % 1000 == 0) progress.accept(w.traceCount());
        }
      }
      w.close();
    } catch (RuntimeException e) {
      w.abort();
      throw e;
    }
    if (progress != null) progress.accept(w.traceCount());
  }
}

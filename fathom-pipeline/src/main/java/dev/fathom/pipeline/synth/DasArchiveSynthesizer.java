package dev.fathom.pipeline.synth;

import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.write.SegyWriter;
import dev.fathom.segy.write.TraceHeaderBuilder;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic DAS archive as SEG-Y files in the layout distpy's SEG-Y ingest reads (spec
 * distpy.md §3.4, like its reference file {@code pipeline/input/synthetic_ieee.sgy}): one trace per
 * channel, {@link DasArchiveSpec#secondsPerFile()} seconds per trace; SEG-Y rev 2, big-endian IEEE
 * float32 (format 5); binary header sample interval in µs and samples per trace; trace headers
 * with {@code ReceiverGroupElevation} (bytes 41-44) = {@code round(depth · 100)} and
 * {@code SourceGroupScalar} (71-72) = 100 as distpy's reference files have them (distpy divides by
 * this scalar; the SEG-Y standard would multiply), the file's start (UTC) in year, day of year,
 * hour, minute, second (157-166) and time basis code 4 = UTC (167-168). Sub-second start times
 * are not written (SegyWriter has no rev-2 trace header extension).
 *
 * <p>Content, all deterministic from the seed: band-limited background noise (RMS about 1),
 * flowing zones ({@link FlowZone}: noise through two band-pass sections in their own band,
 * slowly varying), pulses moving along
 * the fibre ({@link MovingEvent}), a few dead (zero) and noisy channels. Noise is white noise
 * through a {@link Biquad} band-pass, generated per trace (each trace has its own random stream
 * from seed, file and channel, so traces can be generated in any order or in parallel).
 *
 * <p>Files are written trace by trace as they are generated (one trace in memory per thread),
 * so archives larger than memory can be written; files are written in parallel by
 * {@code threads} threads, each file atomically.
 */
public final class DasArchiveSynthesizer {
  /** RMS of uniform noise in [-0.5, 0.5). */
  private static final double UNIFORM_RMS = Math.sqrt(1.0 / 12);

  private final DasArchiveSpec spec;
  private final DasArchiveTruth truth;

  public DasArchiveSynthesizer(DasArchiveSpec spec) {
    this.spec = spec;
    this.truth = plan(spec);
  }

  /** The archive's content (files empty until {@link #write}). */
  public DasArchiveTruth truth() {
    return truth;
  }

  /**
   * Writes the files into {@code dir} (created if needed) as {@code DAS_<yyyyMMdd'T'HHmmss>Z.sgy}.
   *
   * @param threads files written at once (at least 1)
   * @param tracesDone called with the number of traces written so far (any thread)
   * @return the truth with the files written
   */
  public DasArchiveTruth write(Path dir, int threads, LongConsumer tracesDone) {
    List<Path> paths = new ArrayList<>();
    for (int f = 0; f < spec.files(); f++) paths.add(dir.resolve(fileName(fileStart(f))));
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, spec.files())));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int f = 0; f < spec.files(); f++) {
        final int file = f;
        futures.add(pool.submit(() -> writeFile(paths.get(file), file, () -> tracesDone.accept(done.incrementAndGet()))));
      }
      for (Future<?> fu : futures) fu.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return truth.withFiles(paths);
  }

  /** Unix time (s) of the first sample of file {@code f}. */
  public long fileStart(int f) {
    return spec.startTime() + (long) f * spec.secondsPerFile();
  }

  static String fileName(long unixTime) {
    ZonedDateTime t = Instant.ofEpochSecond(unixTime).atZone(ZoneOffset.UTC);
    return String.format(Locale.ROOT, "DAS_%04d%02d%02dT%02d%02d%02dZ.sgy", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
        t.getHour(), t.getMinute(), t.getSecond());
  }

  private void writeFile(Path path, int file, Runnable traceDone) {
    int n = spec.samplesPerTrace();
    SegyWriter w = SegyWriter.create(path, SegyWriter.Spec.of(2, SampleFormat.fromCode(5, path.toString(), 0), ByteOrder.BIG_ENDIAN,
        n, 1e6 / spec.sampleRate()));
    boolean ok = false;
    try {
      ZonedDateTime t = Instant.ofEpochSecond(fileStart(file)).atZone(ZoneOffset.UTC);
      float[] samples = new float[n];
      TraceHeaderBuilder h = w.header();
      for (int c = 0; c < spec.channels(); c++) {
        fillTrace(file, c, samples);
        h.clear()
            .set("TraceNumber", c + 1)
            .set("ReceiverGroupElevation", Math.round(spec.depth(c) * 100))
            .set("SourceGroupScalar", 100)
            .set("YearDataRecorded", t.getYear())
            .set("DayOfYear", t.getDayOfYear())
            .set("HourOfDay", t.getHour())
            .set("MinuteOfHour", t.getMinute())
            .set("SecondOfMinute", t.getSecond())
            .set("TimeBaseCode", 4);
        w.write(h, samples);
        traceDone.run();
      }
      w.close();
      ok = true;
    } finally {
      if (!ok) w.abort();
    }
  }

  /** Fills channel {@code c} of file {@code file}. */
  void fillTrace(int file, int c, float[] out) {
    java.util.Arrays.fill(out, 0f);
    if (truth.deadChannels().contains(c)) return;
    double fs = spec.sampleRate();
    double nyquist = fs / 2;
    SplittableRandom rng = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + file * 1_000_003L + c);
    double bgGain = (truth.noisyChannels().contains(c) ? 8 : 1) / (UNIFORM_RMS * Math.sqrt(0.8));
    Biquad bg = new Biquad(0.002 * nyquist, 0.8 * nyquist, fs);
    for (int i = 0; i < out.length; i++) out[i] = (float) (bgGain * bg.next(rng.nextDouble() - 0.5));
    double d = spec.depth(c);
    double t0 = (double) file * spec.secondsPerFile();
    for (FlowZone z : truth.zones()) {
      double wgt = z.weight(d);
      if (wgt == 0) continue;
      // two sections: 12 dB/octave outside the band, so zones stay in their own bands
      Biquad band = new Biquad(z.lowHz(), z.highHz(), fs);
      Biquad band2 = new Biquad(z.lowHz(), z.highHz(), fs);
      // white noise through a band-pass keeps about (high - low) / nyquist of its variance
      double gain = wgt * z.amplitude() / (UNIFORM_RMS * Math.sqrt((z.highHz() - z.lowHz()) / nyquist));
      for (int i = 0; i < out.length; i++) {
        out[i] += (float) (gain * z.modulation(t0 + i / fs) * band2.next(band.next(rng.nextDouble() - 0.5)));
      }
    }
    for (MovingEvent e : truth.events()) {
      double ta = e.arrival(d) - t0;
      double hl = e.halfLength();
      int from = (int) Math.max(0, Math.ceil((ta - hl) * fs));
      int to = (int) Math.min(out.length - 1, Math.floor((ta + hl) * fs));
      for (int i = from; i <= to; i++) out[i] += (float) e.value(i / fs - ta);
    }
  }

  /** The content of the archive, from the seed. */
  static DasArchiveTruth plan(DasArchiveSpec spec) {
    SplittableRandom r = new SplittableRandom(spec.seed());
    double nyquist = spec.sampleRate() / 2.0;
    double top = spec.depth(0);
    double length = spec.depth(spec.channels() - 1) - top;
    double halfWidth = Math.max(4, spec.channels() / 50) * spec.channelSpacing();
    // bands as 50-150, 300-600 and 800-1200 Hz are at 4 kHz
    double[][] bands = {{0.025, 0.075}, {0.15, 0.3}, {0.4, 0.6}};
    double[] where = {0.2, 0.45, 0.7};
    List<FlowZone> zones = new ArrayList<>();
    for (int k = 0; k < bands.length; k++) {
      double depth = spec.depth((int) Math.round((where[k] + 0.05 * r.nextDouble()) * (spec.channels() - 1)));
      zones.add(new FlowZone(depth, halfWidth, bands[k][0] * nyquist, bands[k][1] * nyquist, 2 + k,
          20 + 20 * r.nextDouble(), 2 * Math.PI * r.nextDouble()));
    }
    List<MovingEvent> events = new ArrayList<>();
    int k = 0;
    for (double t = 2 + 3 * r.nextDouble(); t < spec.totalSeconds() - 1; t += 12 + 6 * r.nextDouble(), k++) {
      double v = (2500 + 2000 * r.nextDouble()) * (k % 2 == 0 ? 1 : -1);
      events.add(new MovingEvent(t, v > 0 ? top : top + length, v, 0.1 * nyquist, 10));
    }
    List<Integer> dead = new ArrayList<>();
    List<Integer> noisy = new ArrayList<>();
    for (int i = 0; i < Math.min(4, spec.channels() / 50); i++) {
      int c = r.nextInt(spec.channels());
      boolean inZone = zones.stream().anyMatch(z -> z.weight(spec.depth(c)) > 0);
      if (inZone || dead.contains(c) || noisy.contains(c)) continue;
      (i % 2 == 0 ? dead : noisy).add(c);
    }
    return new DasArchiveTruth(spec, zones, events, dead, noisy, List.of());
  }
}

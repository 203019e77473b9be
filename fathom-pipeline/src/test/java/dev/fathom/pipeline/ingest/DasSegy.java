package dev.fathom.pipeline.ingest;

import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.write.SegyWriter;
import dev.fathom.segy.write.TraceHeaderBuilder;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Small DAS-layout SEG-Y files for tests: one trace per channel, sample value = channel·1e4 + index. */
final class DasSegy {
  private DasSegy() {}

  /**
   * Writes {@code channels} traces of {@code samples} samples at {@code rateHz}, starting at
   * {@code start} (whole seconds, UTC); {@code lastTraceStart} gives the last trace another start
   * (null: same).
   */
  static void write(Path file, int channels, int samples, int rateHz, long start, Long lastTraceStart) {
    SegyWriter.Spec spec = SegyWriter.Spec.of(2, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, samples, 1e6 / rateHz);
    try (SegyWriter w = SegyWriter.create(file, spec)) {
      for (int c = 0; c < channels; c++) {
        long t = c == channels - 1 && lastTraceStart != null ? lastTraceStart : start;
        ZonedDateTime z = java.time.Instant.ofEpochSecond(t).atZone(ZoneOffset.UTC);
        TraceHeaderBuilder h = w.header()
            .set("ReceiverGroupElevation", 100_000 + 250L * c)
            .set("SourceGroupScalar", 100)
            .set("YearDataRecorded", z.getYear())
            .set("DayOfYear", z.getDayOfYear())
            .set("HourOfDay", z.getHour())
            .set("MinuteOfHour", z.getMinute())
            .set("SecondOfMinute", z.getSecond());
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) x[i] = c * 10_000f + i;
        w.write(h, x);
      }
    }
  }
}

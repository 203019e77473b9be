package dev.fathom.pipeline.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.InvalidDataException;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.header.StandardLayouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AttributesJobTest {
  @TempDir Path dir;

  static AttributeTable run(AttributesJob job, int threads) {
    List<UnitResult<TraceRows>> r = new LocalRunner(threads).run(job, RunListener.NONE);
    return AttributeTable.of(job.reducer().columns(), r);
  }

  static AttributesJob job(Path file, List<Attribute> attrs, int bundles) {
    try (SegyFile f = SegyFile.open(file.toString())) {
      return AttributesJob.create(file.toString(), f, new StatsReducer(attrs), bundles);
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleFormat.class, names = {"IBM_FLOAT32", "IEEE_FLOAT32"})
  void valuesKeysAndDeadFlagsMatchAnIndependentReading(SampleFormat format) {
    Path p = SynthSurveys.write(dir, format, 7, 9, 251, 0, 17, 62);
    AttributeTable t = run(job(p, List.of(Attribute.values()), 5), 2);
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertEquals(f.traceCount(), t.rows());
      double[] il = f.scaledHeaderValues(StandardLayouts.TRACE.find("INLINE_3D"));
      double[] x = f.scaledHeaderValues(StandardLayouts.TRACE.find("CDP_X"));
      double[] y = f.scaledHeaderValues(StandardLayouts.TRACE.find("CDP_Y"));
      for (int r = 0; r < t.rows(); r++) {
        assertEquals(r, t.trace(r));
        assertEquals((int) il[r], t.inline(r));
        assertEquals(x[r], t.cdpX(r));
        assertEquals(y[r], t.cdpY(r));
        assertEquals(Math.round(x[r] * 100) / 100.0, t.cdpX(r)); // scalar -100: centimetres to metres
        boolean dead = r == 0 || r == 17 || r == 62;
        assertEquals(dead, t.dead(r), "trace " + r);
        float[] s = f.trace(r);
        double ref = SynthSurveys.meanAbs(f, r);
        assertEquals(ref, t.value(0, r), Math.ulp(ref) * 64, "mean_abs of trace " + r);
        double sq = 0, sum = 0;
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        for (float v : s) {
          sq += (double) v * v;
          sum += v;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        assertEquals(Math.sqrt(sq / s.length), t.value(1, r), 1e-12 * Math.max(1, Math.sqrt(sq)));
        assertEquals(min, t.value(2, r));
        assertEquals(max, t.value(3, r));
        assertEquals(sq, t.value(4, r), 1e-12 * Math.max(1, sq));
        double mean = sum / s.length;
        double var = 0;
        for (float v : s) var += (v - mean) * (v - mean);
        assertEquals(Math.sqrt(var / s.length), t.value(6, r), 1e-12);
        assertEquals(Math.max(-min, max), t.value(7, r));
        if (dead) assertEquals(0.0, t.value(0, r));
        else assertTrue(t.value(0, r) > 0);
      }
    }
  }

  @Test
  void bundlesAndThreadsDoNotChangeOneBit() {
    Path p = SynthSurveys.write(dir, SampleFormat.IBM_FLOAT32, 5, 11, 300, 3);
    AttributeTable one = run(job(p, Attribute.DEFAULT, 1), 1);
    AttributeTable many = run(job(p, Attribute.DEFAULT, 13), 2);
    assertNull(one.firstDifference(many));
    assertEquals(one, many);
  }

  @Test
  void meanAbsDoesNotDependOnWhatElseIsSelected() {
    Path p = SynthSurveys.write(dir, SampleFormat.IEEE_FLOAT32, 4, 7, 777);
    AttributeTable alone = run(job(p, List.of(Attribute.MEAN_ABS), 3), 2);
    AttributeTable all = run(job(p, List.of(Attribute.RMS, Attribute.MEAN_ABS), 3), 2);
    org.junit.jupiter.api.Assertions.assertArrayEquals(alone.column("mean_abs"), all.column("mean_abs"));
  }

  @Test
  void csvAndParquetAreWrittenAtomicallyAndCsvReadsBack() throws Exception {
    Path p = SynthSurveys.write(dir, SampleFormat.IEEE_FLOAT32, 3, 4, 100, 5);
    AttributeTable t = run(job(p, List.of(Attribute.MEAN_ABS, Attribute.MAX), 3), 2);
    Path csv = dir.resolve("a.csv");
    TableOutput.write(t, csv.toString());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("trace,inline,crossline,cdp_x,cdp_y,dead,mean_abs,max", lines.get(0));
    assertEquals(t.rows() + 1, lines.size());
    String[] row5 = lines.get(6).split(",");
    assertEquals("true", row5[5]);
    assertEquals(t.value(0, 4), Double.parseDouble(lines.get(5).split(",")[6]));
    Path pq = dir.resolve("a.parquet");
    TableOutput.write(t, pq.toString());
    byte[] b = Files.readAllBytes(pq);
    assertEquals("PAR1", new String(b, 0, 4, "US-ASCII"));
    assertEquals("PAR1", new String(b, b.length - 4, 4, "US-ASCII"));
    assertEquals(t, ParquetTables.read(pq, t.valueColumns()));
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
    assertThrows(InvalidDataException.class, () -> TableOutput.write(t, dir.resolve("a.txt").toString()));
  }

  @Test
  void defaultBundleCountsAimAtTheirSizeAndKeepEveryThreadBusy() {
    long gb8 = 8_000_000_000L;
    assertEquals(120, AttributesJob.defaultBundles(gb8, 2)); // 64 MiB bundles, rounded up
    assertEquals(32, AttributesJob.defaultBundles(gb8, 8, AttributesJob.SPARK_BUNDLE_BYTES)); // 30 by size; 4 per slot
    assertEquals(373, AttributesJob.defaultBundles(100_000_000_000L, 8, AttributesJob.SPARK_BUNDLE_BYTES));
    assertEquals(8, AttributesJob.defaultBundles(1000, 2)); // a tiny file still gets 4 per thread
  }

  @Test
  void unknownAttributesAreRefusedByName() {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> Attribute.parse("mean_abs,rmss"));
    assertTrue(e.getMessage().contains("rmss"), e.getMessage());
    assertEquals(List.of(Attribute.RMS, Attribute.MEAN_ABS), Attribute.parse("rms, MEAN_ABS"));
  }

  @Test
  void variableLengthTracesAreReducedOverTheirOwnSamplesWhateverTheBundlesAndBatches() throws Exception {
    int[] ns = {10, 7, 12, 10, 3, 15, 1, 10, 10, 10, 4};
    Path p = dev.fathom.segy.VariableLengthSegy.write(dir.resolve("v.sgy"), 10, ns);
    AttributesJob job = job(p, List.of(Attribute.MEAN_ABS, Attribute.MAX, Attribute.RMS), 3);
    // the job travels to Spark executors serialised, the trace index with it
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(bytes)) {
      o.writeObject(job);
    }
    AttributesJob shipped;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      shipped = (AttributesJob) in.readObject();
    }
    for (AttributesJob j : List.of(job, shipped)) {
      for (int threads : new int[] {1, 2}) {
        AttributeTable t = run(j, threads);
        assertEquals(ns.length, t.rows());
        for (int r = 0; r < ns.length; r++) {
          double sumAbs = 0, sq = 0, max = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < ns[r]; k++) {
            double v = dev.fathom.segy.VariableLengthSegy.value(r, k);
            sumAbs += Math.abs(v);
            sq += v * v;
            max = Math.max(max, v);
          }
          assertEquals(100 + r, t.inline(r));
          assertEquals(1000.0 + r, t.cdpX(r));
          assertEquals(sumAbs / ns[r], t.value(0, r), 1e-9, "mean_abs of trace " + r);
          assertEquals(max, t.value(1, r), "max of trace " + r);
          assertEquals(Math.sqrt(sq / ns[r]), t.value(2, r), 1e-9, "rms of trace " + r);
        }
      }
    }
  }
}

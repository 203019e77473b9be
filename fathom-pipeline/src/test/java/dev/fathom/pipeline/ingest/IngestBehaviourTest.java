package dev.fathom.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest on archives made by the test: partial seconds, gaps, overlaps, bad times, many files. */
class IngestBehaviourTest {
  @TempDir Path root;
  static final long T0 = 1_700_000_000L;

  private IngestJob job(Path out, boolean force) {
    return new IngestJob(root.resolve("archive"), out, 1, NpyDtype.FLOAT32, force);
  }

  private Path archive() throws IOException {
    return Files.createDirectories(root.resolve("archive"));
  }

  @Test
  void partialLastSecondIsKeptAndValuesLandInTheRightChunk() throws IOException {
    DasSegy.write(archive().resolve("a.sgy"), 5, 250, 100, T0, null); // 2.5 s at 100 Hz
    Path out = root.resolve("out");
    List<UnitResult<IngestJob.Result>> r = new LocalRunner(1).run(job(out, false), RunListener.NONE);
    assertTrue(r.get(0).ok(), r.get(0).error());
    assertEquals(3, r.get(0).value().written());
    NpyArray last = Npy.read(out.resolve((T0 + 2) + ".npy"));
    assertEquals(5, last.shape()[0]);
    assertEquals(50, last.shape()[1], "partial last second: 50 samples");
    double[] v = last.toDoubleArray();
    assertEquals(3 * 10_000 + 200 + 7, v[3 * 50 + 7], 0.0, "channel 3, sample 207");
    NpyArray depth = Npy.read(out.resolve("measured_depth.npy"));
    assertEquals(1000.0 + 2.5 * 4, depth.toDoubleArray()[4], 1e-12);
  }

  @Test
  void gapsAndOverlapsAreReportedAndCollidingFileIsRefused() throws IOException {
    Path a = archive();
    DasSegy.write(a.resolve("f1.sgy"), 4, 300, 100, T0, null);      // T0 .. T0+3
    DasSegy.write(a.resolve("f2.sgy"), 4, 300, 100, T0 + 5, null);  // gap of 2 s
    DasSegy.write(a.resolve("f3.sgy"), 4, 300, 100, T0 + 7, null);  // overlaps f2 by 1 s
    IngestJob job = job(root.resolve("out"), false);
    List<UnitResult<IngestJob.Result>> r = new LocalRunner(2).run(job, RunListener.NONE);
    assertEquals(3, r.size());
    String notes = String.join("\n", job.notes());
    assertTrue(notes.contains("gap of 2.000 s"), notes);
    assertTrue(notes.contains("overlap of 1.000 s"), notes);
    UnitResult<IngestJob.Result> f3 = r.stream().filter(u -> u.label().equals("f3.sgy")).findFirst().orElseThrow();
    assertFalse(f3.ok());
    assertTrue(f3.error().contains("f3.sgy") && f3.error().contains("f2.sgy"), f3.error());
    assertEquals(2, r.stream().filter(UnitResult::ok).count(), "the other files are ingested");
    assertTrue(Files.exists(root.resolve("out/" + (T0 + 7) + ".npy")), "f2's last chunk is f2's");
    // chunk T0+7 is f2's third second: channel 0 holds samples 200.. of f2
    assertEquals(200.0, Npy.read(root.resolve("out/" + (T0 + 7) + ".npy")).toDoubleArray()[0], 0.0);
  }

  @Test
  void timestampsGoingBackwardsAreRefusedWithTheFileName() throws IOException {
    DasSegy.write(archive().resolve("back.sgy"), 4, 200, 100, T0, T0 - 60);
    DasSegy.write(archive().resolve("good.sgy"), 4, 200, 100, T0 + 100, null);
    List<UnitResult<IngestJob.Result>> r = new LocalRunner(1).run(job(root.resolve("out"), false), RunListener.NONE);
    UnitResult<IngestJob.Result> back = r.stream().filter(u -> !u.ok()).findFirst().orElseThrow();
    assertTrue(back.error().contains("back.sgy") && back.error().contains("backwards"), back.error());
    assertEquals(1, r.stream().filter(UnitResult::ok).count());
    try (Stream<Path> s = Files.list(root.resolve("out"))) {
      assertEquals(3, s.count(), "good.sgy's two chunks and measured_depth.npy, nothing else");
    }
  }

  @Test
  void missingRecordingTimeFallsBackToUnixTimeZeroAsDistpy() throws IOException {
    DasSegy.write(archive().resolve("notime.sgy"), 2, 150, 100, 0L, null); // 1970-01-01: year 1970 is valid
    Path f = archive().resolve("zero.sgy");
    DasSegy.write(f, 2, 150, 100, 1_000_000L, null);
    // blank the year of every trace header: no valid time
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
      for (int c = 0; c < 2; c++) ch.write(java.nio.ByteBuffer.wrap(new byte[2]), 3600L + c * (240L + 4 * 150) + 156);
    }
    Files.delete(archive().resolve("notime.sgy"));
    IngestJob job = job(root.resolve("out"), false);
    List<UnitResult<IngestJob.Result>> r = new LocalRunner(1).run(job, RunListener.NONE);
    assertTrue(r.get(0).ok(), r.get(0).error());
    assertTrue(Files.exists(root.resolve("out/0.npy")) && Files.exists(root.resolve("out/1.npy")));
    assertTrue(String.join("\n", job.notes()).contains("no valid recording time"), job.notes().toString());
  }

  @Test
  void rerunWritesOnlyMissingChunksAndForceRewrites() throws IOException {
    DasSegy.write(archive().resolve("a.sgy"), 3, 400, 100, T0, null);
    Path out = root.resolve("out");
    new LocalRunner(1).run(job(out, false), RunListener.NONE);
    Files.delete(out.resolve((T0 + 1) + ".npy"));
    UnitResult<IngestJob.Result> r = new LocalRunner(1).run(job(out, false), RunListener.NONE).get(0);
    assertEquals(1, r.value().written());
    assertEquals(3, r.value().skipped());
    UnitResult<IngestJob.Result> f = new LocalRunner(1).run(job(out, true), RunListener.NONE).get(0);
    assertEquals(4, f.value().written());
  }

  @Test
  void theDepthAxisComesFromTheEarliestRecordingWhateverRunsFirst() throws IOException {
    Path a = archive();
    DasSegy.write(a.resolve("a-later.sgy"), 6, 100, 100, T0 + 1, null); // named first, starts second
    DasSegy.write(a.resolve("b-earlier.sgy"), 4, 100, 100, T0, null);
    Path out = root.resolve("out");
    IngestJob job = job(out, false);
    List<UnitResult<IngestJob.Result>> r = new LocalRunner(2).run(job, RunListener.NONE);
    assertTrue(r.stream().allMatch(UnitResult::ok), r.toString());
    assertEquals(4, Npy.readHeader(out.resolve("measured_depth.npy")).elementCount(), "the earliest recording's 4 channels");
    String notes = String.join("\n", job.notes());
    assertTrue(notes.contains("a-later.sgy: 6 channels, but measured_depth.npy (from b-earlier.sgy) holds 4 depths"), notes);
    assertFalse(notes.contains("b-earlier.sgy: 4 channels"), notes);

    // a rerun keeps the file and names it; --force rewrites it from the same recording
    Npy.write(out.resolve("measured_depth.npy"), NpyArray.of(new double[] {1, 2, 3, 4, 5}));
    IngestJob again = job(out, false);
    new LocalRunner(2).run(again, RunListener.NONE);
    assertEquals(5, Npy.readHeader(out.resolve("measured_depth.npy")).elementCount(), "present: kept");
    assertTrue(String.join("\n", again.notes()).contains("b-earlier.sgy: 4 channels, but the existing measured_depth.npy holds 5 depths"),
        String.join("\n", again.notes()));
    new LocalRunner(2).run(job(out, true), RunListener.NONE);
    assertEquals(4, Npy.readHeader(out.resolve("measured_depth.npy")).elementCount(), "--force: rewritten from the earliest");
  }

  @Test
  void variableLengthTracesAreRefusedWithTheFileName() throws IOException {
    Path v = dev.fathom.segy.VariableLengthSegy.write(archive().resolve("v.sgy"), 10, 10, 7, 12);
    DasSegy.write(archive().resolve("ok.sgy"), 3, 200, 100, T0, null);
    List<UnitResult<IngestJob.Result>> r = new LocalRunner(2).run(job(root.resolve("out"), false), RunListener.NONE);
    UnitResult<IngestJob.Result> bad = r.stream().filter(u -> u.label().equals("v.sgy")).findFirst().orElseThrow();
    assertFalse(bad.ok());
    assertTrue(bad.error().contains(v.toString()) && bad.error().contains("variable-length traces (7 to 12 samples)"), bad.error());
    assertEquals(1, r.stream().filter(UnitResult::ok).count(), "the other file is ingested");
  }
}

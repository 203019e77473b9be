package dev.fathom.pipeline.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SinkAccessException;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs to {@code process}: clear messages, the other chunks unaffected, nothing half-written. */
class ProcessBadInputTest {
  @TempDir Path root;

  static final String GRAPH = """
      {"command_list": [
        {"name": "fft", "uid": 1, "in_uid": 0},
        {"name": "rms_from_fft", "uid": 2, "in_uid": 1, "low_freq": 0, "high_freq": -1},
        {"name": "write_npy", "uid": 3, "in_uid": 2, "directory_out": "rms"}]}""";

  private Path project(int chunks) throws IOException {
    Path in = Files.createDirectories(root.resolve("in/p/chunks"));
    Random rnd = new Random(1);
    for (int k = 0; k < chunks; k++) {
      float[][] rows = new float[8][200];
      for (float[] r : rows) for (int i = 0; i < r.length; i++) r[i] = (float) rnd.nextGaussian();
      Npy.writeFloat2D(in.resolve((1_600_000_000L + k) + ".npy"), rows);
    }
    Npy.write(in.resolve("measured_depth.npy"), NpyArray.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7}));
    Files.writeString(root.resolve("g.json"), GRAPH);
    Path cfg = root.resolve("cfg.json");
    Files.writeString(cfg, """
        {"in_drive": "in", "out_drive": "out", "project": "p", "data": "chunks", "results": "res",
         "prf": 200, "measured_depth": "measured_depth.npy", "config": "g.json", "parallel_flag": 1, "ncpu": 2}""");
    return cfg;
  }

  private List<UnitResult<ProcessJob.Result>> run(Path cfg) {
    SystemConfig c = SystemConfig.read(cfg);
    return new LocalRunner(c.ncpu()).run(new ProcessJob(c, 1, false), RunListener.NONE);
  }

  @Test
  void corruptChunkFailsAloneWithItsName() throws IOException {
    Path cfg = project(4);
    Path bad = root.resolve("in/p/chunks/1600000002.npy");
    Files.write(bad, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 10, 0, '{', 'b', 'a', 'd'});
    List<UnitResult<ProcessJob.Result>> r = run(cfg);
    assertEquals(4, r.size());
    assertEquals(3, r.stream().filter(UnitResult::ok).count());
    UnitResult<ProcessJob.Result> failed = r.stream().filter(u -> !u.ok()).findFirst().orElseThrow();
    assertEquals("1600000002.npy", failed.label());
    assertTrue(failed.error().contains("1600000002.npy"), failed.error());
    assertFalse(Files.exists(root.resolve("out/p/res/rms/1600000002.npy")), "nothing written for the bad chunk");
    assertTrue(Files.exists(root.resolve("out/p/res/rms/1600000003.npy")));
    // a rerun retries only the failed chunk (and fails it again)
    List<UnitResult<ProcessJob.Result>> again = run(cfg);
    assertEquals(3, again.stream().filter(u -> u.ok() && u.value().skipped()).count());
  }

  @Test
  void chunkThatDoesNotFitTheDepthAxisFailsAlone() throws IOException {
    Path cfg = project(3);
    Npy.writeFloat2D(root.resolve("in/p/chunks/1600000001.npy"), new float[5][200]);
    List<UnitResult<ProcessJob.Result>> r = run(cfg);
    assertEquals(2, r.stream().filter(UnitResult::ok).count());
    String err = r.get(1).error();
    assertTrue(err.contains("5 channels") && err.contains("8 depths"), err);
  }

  @Test
  void missingConfigKeyNamesFileAndKey() throws IOException {
    Path cfg = root.resolve("c.json");
    Files.writeString(cfg, "{\"in_drive\": \"a\", \"out_drive\": \"b\", \"project\": \"p\", \"data\": \"d\"}");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> SystemConfig.read(cfg));
    assertTrue(e.getMessage().contains("c.json") && e.getMessage().contains("\"results\""), e.getMessage());
  }

  @Test
  void unknownConfigKeysAreReported() throws IOException {
    Path cfg = project(1);
    Files.writeString(cfg, Files.readString(cfg).replace("\"prf\"", "\"BOXSIZE\": 3, \"prf\""));
    List<String> w = SystemConfig.read(cfg).warnings();
    assertEquals(1, w.size());
    assertTrue(w.get(0).contains("\"BOXSIZE\""), w.get(0));
  }

  @Test
  void missingGraphIsAnErrorBeforeAnyChunk() throws IOException {
    Path cfg = project(1);
    Files.delete(root.resolve("g.json"));
    FathomException e = assertThrows(FathomException.class, () -> run(cfg));
    assertTrue(e.getMessage().contains("g.json"), e.getMessage());
  }

  @Test
  void outputFolderThatIsAFileIsAnError() throws IOException {
    Path cfg = project(1);
    Files.createDirectories(root.resolve("out/p"));
    Files.writeString(root.resolve("out/p/res"), "not a folder");
    SinkAccessException e = assertThrows(SinkAccessException.class, () -> run(cfg));
    assertTrue(e.getMessage().contains("res"), e.getMessage());
  }

  @Test
  void readOnlyOutputFolderIsAnError() throws Exception {
    Path cfg = project(2);
    Path out = Files.createDirectories(root.resolve("out/p/res"));
    // root ignores permission bits; the immutable attribute stops root too (ext4/xfs)
    boolean immutable = new ProcessBuilder("chattr", "+i", out.toString()).start().waitFor() == 0;
    if (!immutable) out.toFile().setWritable(false);
    try {
      assumeTrue(immutable || !Files.isWritable(out), "cannot make a folder read-only here (root without chattr)");
      List<UnitResult<ProcessJob.Result>> r;
      try {
        r = run(cfg);
      } catch (SinkAccessException e) {
        assertTrue(e.getMessage().contains("res"), e.getMessage());
        return;
      }
      // if the folder looked writable, every chunk fails with a message naming the output
      assertTrue(r.stream().noneMatch(UnitResult::ok));
      assertTrue(r.get(0).error().contains("res"), r.get(0).error());
    } finally {
      if (immutable) new ProcessBuilder("chattr", "-i", out.toString()).start().waitFor();
      out.toFile().setWritable(true);
    }
  }
}

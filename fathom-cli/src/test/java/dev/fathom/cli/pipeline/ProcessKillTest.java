package dev.fathom.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.AtomicFiles;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill test (issue: pipeline): {@code fathom process} runs in its own JVM, is killed with SIGKILL
 * midway, and is run again; every output then exists, is complete, equals an uninterrupted run's,
 * and no temporary file is left.
 */
class ProcessKillTest {
  @TempDir Path root;

  static final int CHUNKS = 16;

  /** A noise log behind a median filter (slow enough that the kill lands midway). */
  static final String GRAPH = """
      {"command_list": [
        {"name": "median_filter", "uid": 1, "in_uid": 0, "distance": 3},
        {"name": "fft", "uid": 2, "in_uid": 1},
        {"name": "rms_from_fft", "uid": 3, "in_uid": 2, "low_freq": 0, "high_freq": -1},
        {"name": "multiple_calcs", "uid": 4, "in_uid": 2, "func": "te_from_fft",
         "low_freq": [200, 600, 1000], "high_freq": [-1, -1, -1]},
        {"name": "write_witsml", "uid": 5, "in_uid": 4, "directory_out": "NoiseLog",
         "low_freq": [200, 600, 1000], "high_freq": [-1, -1, -1], "gather_uids": [3], "data_style": "NoiseLog"},
        {"name": "write_npy", "uid": 6, "in_uid": 3, "directory_out": "rms"}]}""";

  /** A project: CHUNKS float32 chunks (64 x 5000) and a noise-log graph, results in {@code res}. */
  static Path project(Path root, String results) throws IOException {
    Path chunks = Files.createDirectories(root.resolve("scratch/prj/chunks"));
    if (!Files.exists(chunks.resolve("measured_depth.npy"))) {
      Random rnd = new Random(7);
      for (int k = 0; k < CHUNKS; k++) {
        float[][] rows = new float[64][5000];
        for (float[] r : rows) for (int i = 0; i < r.length; i++) r[i] = (float) rnd.nextGaussian();
        Npy.writeFloat2D(chunks.resolve((1_600_000_000L + k) + ".npy"), rows);
      }
      double[] depth = new double[64];
      for (int i = 0; i < depth.length; i++) depth[i] = 100 + 2.5 * i;
      Npy.write(chunks.resolve("measured_depth.npy"), NpyArray.of(depth));
      Files.writeString(root.resolve("graph.json"), GRAPH);
    }
    Path cfg = root.resolve(results + ".json");
    Files.writeString(cfg, """
        {"in_drive": "scratch", "out_drive": "home", "project": "prj", "data": "chunks",
         "results": "%s", "parallel_flag": 1, "ncpu": 1, "prf": 5000,
         "measured_depth": "measured_depth.npy", "config": "graph.json"}""".formatted(results));
    return cfg;
  }

  static Process start(Path cfg) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "dev.fathom.cli.Main", "process", cfg.toString())
        .redirectErrorStream(true).redirectOutput(cfg.resolveSibling(cfg.getFileName() + ".log").toFile()).start();
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize)
          .filter(p -> !p.startsWith(".fathom") && !p.toString().equals("run.json")).sorted().toList();
    }
  }

  @Test
  void killedRunResumesToTheSameOutputs() throws Exception {
    Path whole = project(root, "whole");
    Process p = start(whole);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "uninterrupted run finishes");
    assertEquals(0, p.exitValue(), Files.readString(root.resolve("whole.json.log")));

    Path killedCfg = project(root, "killed");
    Path markers = root.resolve("home/prj/killed/.fathom/done");
    Process k = start(killedCfg);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int done = 0;
    while (k.isAlive() && System.nanoTime() < deadline) {
      done = countMarkers(markers);
      if (done >= 3) break;
      Thread.sleep(5);
    }
    assertTrue(k.isAlive(), "the run must still be going when it is killed (it finished too fast)");
    k.destroyForcibly(); // SIGKILL on Unix
    k.waitFor(30, TimeUnit.SECONDS);
    int before = countMarkers(markers);
    assertTrue(before < CHUNKS, "killed midway: " + before + " of " + CHUNKS + " chunks done");

    Process again = start(killedCfg);
    assertTrue(again.waitFor(300, TimeUnit.SECONDS));
    String log = Files.readString(root.resolve("killed.json.log"));
    assertEquals(0, again.exitValue(), log);
    assertTrue(log.contains(before + " already done") || log.contains((before) + " already"),
        "the rerun skips the chunks finished before the kill: " + log);

    Path a = root.resolve("home/prj/whole");
    Path b = root.resolve("home/prj/killed");
    List<Path> fa = files(a);
    List<Path> fb = files(b);
    assertEquals(fa, fb, "same set of outputs");
    assertEquals(CHUNKS, fa.stream().filter(f -> f.toString().endsWith(".fbe")).count());
    for (Path f : fa) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
    try (Stream<Path> s = Files.walk(b)) {
      List<Path> temps = s.filter(AtomicFiles::isTemporary).toList();
      assertEquals(List.of(), temps, "no temporary files left");
    }
  }

  /**
   * Completion markers ({@code <markers>/<graph hash>/<unixtime>.json}) written so far. Lists
   * names only, never a file's attributes: the process writes each marker as a temporary file and
   * renames it, possibly while the folder is being listed.
   */
  private static int countMarkers(Path markers) throws IOException {
    if (!Files.isDirectory(markers)) return 0;
    int n = 0;
    try (Stream<Path> hashes = Files.list(markers)) {
      for (Path h : hashes.toList()) {
        try (Stream<Path> s = Files.list(h)) {
          n += (int) s.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json") && !f.startsWith(".")).count();
        }
      }
    }
    return n;
  }
}

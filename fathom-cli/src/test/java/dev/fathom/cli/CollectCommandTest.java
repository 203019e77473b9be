package dev.fathom.cli;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.cli.pipeline.CollectCommand;
import dev.fathom.core.SharedData;
import dev.fathom.core.npy.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fathom collect CONFIG} on distpy's noise-log FBE files, with a chunk taken out. */
class CollectCommandTest {
  @TempDir Path dir;

  static CliRun.Result run(String... args) {
    return CliRun.command(new CollectCommand(), args);
  }

  Path config() throws Exception {
    Path cfg = dir.resolve("collect.json");
    Files.writeString(cfg, "{\"in_directory\": \"witsml\", \"out_directory\": \"interpretation\", \"BOX_SIZE\": 400}");
    return cfg;
  }

  @Test
  void collectsAndReportsTheGap() throws Exception {
    Path ref = SharedData.require("reference/distpy/pipeline/home/refprj/witsml/NoiseLog");
    Path in = Files.createDirectories(dir.resolve("witsml/NoiseLog"));
    Files.copy(ref.resolve("1600000000.fbe"), in.resolve("1600000000.fbe"));
    Files.copy(ref.resolve("1600000001.fbe"), in.resolve("1600000001.fbe"));
    Files.copy(ref.resolve("1600000002.fbe"), in.resolve("1600000003.fbe"));
    CliRun.Result r = run(config().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("NoiseLog: 3 files -> 4 curves x 24 depths x 4 columns (cadence 1 s) in 1 group: band_0-nyquist,"), r.out());
    assertTrue(r.out().contains("gap: NoiseLog: gap of 1 s between 1600000001.fbe and 1600000003.fbe: 1 NaN column inserted"), r.out());
    // 1600000002.fbe says 12:26:42 inside but is named ...03
    assertTrue(r.out().contains("warning: NoiseLog: 1600000003.fbe: creationDate is unix time 1600000002, the file name says 1600000003"), r.out());
    double[][] a = Npy.read(dir.resolve("interpretation/NoiseLog/band_01_20-60/1600000000.npy")).toDouble2D();
    assertEquals(4, a[0].length);
    assertTrue(Double.isNaN(a[0][2]));
  }

  @Test
  void aBrokenFileFailsWithOneLineAndExitCode1() throws Exception {
    Path in = Files.createDirectories(dir.resolve("witsml/NoiseLog"));
    Files.writeString(in.resolve("1600000000.fbe"), "<log><logCurveInfo>");
    CliRun.Result r = run(config().toString());
    assertEquals(Main.EXIT_PARTIAL_FAILURE, r.code());
    assertTrue(r.err().contains("failed: " + in.resolve("1600000000.fbe") + ": line 1: not well-formed XML"), r.err());
  }

  @Test
  void userErrorsAreOneLine() throws Exception {
    CliRun.Result missing = run(dir.resolve("nope.json").toString());
    assertEquals(2, missing.code());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertTrue(missing.err().startsWith("fathom: error: "), missing.err());
    Files.createDirectories(dir.resolve("witsml"));
    CliRun.Result empty = run(config().toString());
    assertEquals(2, empty.code());
    assertTrue(empty.err().contains("no chunk files"), empty.err());
  }

  @Test
  void help() {
    CliRun.Result r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: collect"), r.out());
    assertTrue(r.out().contains("BOX_SIZE"), r.out());
  }
}

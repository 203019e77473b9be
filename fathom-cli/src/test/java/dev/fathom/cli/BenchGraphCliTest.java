package dev.fathom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `fathom bench graph`: runs on a tiny chunk and prints the table (timings are not checked). */
class BenchGraphCliTest {
  @TempDir Path dir;

  /** distpy's config_examples/strainrate2noiselog.json. */
  static final String NOISE_LOG = """
      {"document": 0, "name": "Standard 3-band Noise Log", "command_list": [
        {"name": "to_gpu", "uid": 1, "in_uid": 0},
        {"name": "fft", "uid": 2, "in_uid": 1},
        {"name": "rms_from_fft", "uid": 3, "in_uid": 2, "low_freq": 0, "high_freq": -1},
        {"name": "multiple_calcs", "uid": 4, "in_uid": 2, "func": "te_from_fft",
         "low_freq": [200, 600, 1000], "high_freq": [-1, -1, -1]},
        {"name": "from_gpu", "uid": 5, "in_uid": 3},
        {"name": "from_gpu", "uid": 6, "in_uid": 4},
        {"name": "write_witsml", "uid": 7, "in_uid": 6, "directory_out": "NoiseLog",
         "low_freq": [200, 600, 1000], "high_freq": [-1, -1, -1], "gather_uids": [5], "data_style": "NoiseLog"}]}""";

  private record Run(int code, String out, String err) {}

  private static Run fathom(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void timesTheGraphBesideTheFusedKernel() throws IOException {
    Path g = Files.writeString(dir.resolve("noiselog.json"), NOISE_LOG);
    Run r = fathom("bench", "graph", g.toString(), "--nx", "10", "--nt", "256", "--threads", "1,2", "--chunks", "1");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("fused: uid 2 into [uid 3, uid 4]"), r.out);
    assertTrue(r.out.contains("chunk 10 x 256 float32"), r.out);
    assertTrue(r.out.contains("4 bands [[0,128), [5,128), [15,128), [25,128)]"), r.out);
    assertEquals(2, r.out.lines().filter(l -> l.startsWith("graph ") && !l.contains("nodes")).count(), r.out);
    assertEquals(2, r.out.lines().filter(l -> l.startsWith("fused kernel")).count(), r.out);
    Run u = fathom("bench", "graph", g.toString(), "--nx", "3", "--nt", "256", "--threads", "1", "--chunks", "1", "--unfused");
    assertEquals(0, u.code, u.err);
    assertTrue(u.out.contains("graph (unfused)"), u.out);
  }

  @Test
  void aBadGraphIsAOneLineError() throws IOException {
    Path g = Files.writeString(dir.resolve("bad.json"), "{\"command_list\": [{\"name\": \"fft\", \"uid\": 1, \"in_uid\": 3}]}");
    Run r = fathom("bench", "graph", g.toString(), "--nx", "4", "--nt", "64");
    assertEquals(2, r.code);
    assertEquals(1, r.err.lines().count(), r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace");
  }
}

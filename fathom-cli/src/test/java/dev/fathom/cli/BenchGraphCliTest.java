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
  static final String NOISE_LOG = dev.fathom.cli.pipeline.BenchPipelineCommand.NOISE_LOG;

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

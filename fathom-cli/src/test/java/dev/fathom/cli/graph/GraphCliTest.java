package dev.fathom.cli.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.cli.Main;
import dev.fathom.graph.CommandCatalog;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NpyConversion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `fathom graph check|dot|commands|run`: output, exit codes, one-line errors, no stack traces. */
class GraphCliTest {
  @TempDir Path dir;

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

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void checkReportsEveryProblemAndExits2() throws IOException {
    Path g = file("bad.json", """
        {"command_list": [{"name": "absolute", "uid": 1, "in_uid": 0},
                          {"name": "mean", "uid": 2, "in_uid": 3, "axis": "time"}]}""");
    Run r = fathom("graph", "check", g.toString());
    assertEquals(2, r.code);
    assertTrue(r.out.contains(g + ": node uid 1 'absolute': unknown command 'absolute'"), r.out);
    assertTrue(r.out.contains(g + ": node uid 2 'mean': in_uid 3 does not refer to an earlier node"), r.out);
    assertTrue(r.out.contains(g + ": node uid 2 'mean': parameter 'axis' must be a integer, got \"time\""), r.out);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.startsWith("fathom: error: " + g + ": 3 problems: "), r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace");
  }

  @Test
  void checkOfAValidGraph() throws IOException {
    Path g = file("ok.json", "{\"command_list\": [{\"name\": \"abs\", \"uid\": 1, \"in_uid\": 0}]}");
    Run r = fathom("graph", "check", g.toString());
    assertEquals(0, r.code);
    assertEquals(g + ": valid, 1 nodes\n", r.out);
  }

  @Test
  void malformedJsonIsOneLine() throws IOException {
    Path g = file("broken.json", "{\"command_list\": [");
    Run r = fathom("graph", "run", g.toString(), "--input", "x.npy", "--prf", "10", "--out", dir.toString());
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("fathom: error: " + g + ": 1 problem: malformed JSON at line 1"), r.err);
    assertEquals(1, r.err.lines().count(), r.err);
  }

  @Test
  void dotPrintsGraphviz() throws IOException {
    Path g = file("g.json", "{\"command_list\": [{\"name\": \"abs\", \"uid\": 1, \"in_uid\": 0}]}");
    Run r = fathom("graph", "dot", g.toString());
    assertEquals(0, r.code);
    assertEquals("digraph G {\nabs_1[label=\"abs\",];\nload_data_0 -> abs_1\n}\n", r.out);
  }

  @Test
  void commandsPrintsTheGeneratedReference() {
    Run r = fathom("graph", "commands");
    assertEquals(0, r.code);
    assertEquals(CommandCatalog.markdown(CommandRegistry.load()), r.out);
  }

  @Test
  void runWritesAsDistpyAndDumpsNodes() throws IOException {
    Path g = file("g.json", """
        {"command_list": [{"name": "lin_transform", "uid": 1, "in_uid": 0, "m": 2},
                          {"name": "write_npy", "uid": 2, "in_uid": 1, "directory_out": "out"}]}""");
    Path chunk = dir.resolve("1600000123.npy");
    NpyConversion.write(chunk, NdArray.fromRows(new double[][] {{1, 2}, {3, 4}}));
    Path out = dir.resolve("res");
    Run r = fathom("graph", "run", g.toString(), "--input", chunk.toString(), "--prf", "2", "--out", out.toString(),
        "--dump-nodes");
    assertEquals(0, r.code, r.err);
    NdArray twice = NdArray.fromRows(new double[][] {{2, 4}, {6, 8}});
    assertEquals(twice, NpyConversion.read(out.resolve("out/1600000123.npy")));
    assertEquals(twice, NpyConversion.read(out.resolve("nodes/uid2.npy")));
    Run t = fathom("graph", "run", g.toString(), "--input", chunk.toString(), "--prf", "2", "--out", out.toString(),
        "--time", "42");
    assertEquals(0, t.code, t.err);
    assertTrue(Files.exists(out.resolve("out/42.npy")));
  }

  @Test
  void dataErrorsAreOneLineNamingTheNode() throws IOException {
    Path g = file("g.json", "{\"command_list\": [{\"name\": \"extract\", \"uid\": 1, \"in_uid\": 0, \"index\": 5}]}");
    Path chunk = dir.resolve("c.npy");
    NpyConversion.write(chunk, NdArray.fromRows(new double[][] {{1, 2}, {3, 4}}));
    Run r = fathom("graph", "run", g.toString(), "--input", chunk.toString(), "--prf", "2", "--out", dir.toString());
    assertEquals(2, r.code);
    assertEquals("fathom: error: " + g + ": node uid 1 'extract': index 5 is out of bounds for axis 1 with size 2\n", r.err);
    Run missing = fathom("graph", "run", g.toString(), "--input", dir.resolve("nope.npy").toString(), "--prf", "2",
        "--out", dir.toString());
    assertEquals(2, missing.code);
    assertEquals(1, missing.err.lines().count(), missing.err);
    Run badPrf = fathom("graph", "run", g.toString(), "--input", chunk.toString(), "--prf", "-1", "--out", dir.toString());
    assertEquals(2, badPrf.code);
    assertEquals("fathom: error: --prf: must be a positive number of Hz, got -1.0\n", badPrf.err);
  }

  @Test
  void prfBelowABandIsOneLineNamingTheNode() throws IOException {
    Path g = file("noiselog.json", """
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0},
          {"name": "multiple_calcs", "uid": 2, "in_uid": 1, "func": "te_from_fft",
           "low_freq": [200, 600], "high_freq": [-1, -1]}]}""");
    double[][] v = new double[4][1000];
    for (int i = 0; i < 4; i++) for (int j = 0; j < 1000; j++) v[i][j] = Math.sin(0.1 * j + i);
    Path chunk = dir.resolve("c.npy");
    NpyConversion.write(chunk, NdArray.fromRows(v));
    Run r = fathom("graph", "run", g.toString(), "--input", chunk.toString(), "--prf", "1000", "--out", dir.toString());
    assertEquals(2, r.code);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.startsWith("fathom: error: " + g + ": node uid 2 'multiple_calcs': band 600.0..-1.0 Hz is empty at prf 1000.0 Hz"),
        r.err);
    Path butter = file("butter.json", "{\"command_list\": [{\"name\": \"butter\", \"uid\": 1, \"in_uid\": 0, \"freq\": 600}]}");
    Run b = fathom("graph", "run", butter.toString(), "--input", chunk.toString(), "--prf", "1000", "--out", dir.toString());
    assertEquals(2, b.code);
    assertTrue(b.err.contains("node uid 1 'butter': normalised frequency 600.0/500.0 = 1.2 must lie strictly between 0 and 1"), b.err);
  }
}

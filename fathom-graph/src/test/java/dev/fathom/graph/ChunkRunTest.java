package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One chunk through a graph from files, as `fathom graph run` does it. */
class ChunkRunTest {
  @TempDir Path dir;

  private Path graph(String json) throws IOException {
    return Files.writeString(dir.resolve("g.json"), json);
  }

  private Path npy(String name, NdArray a) {
    Path p = dir.resolve(name);
    NpyConversion.write(p, a);
    return p;
  }

  @Test
  void writersUseDistpyNamesAndDumpNodesWritesEveryNode() throws IOException {
    Path g = graph("""
        {"command_list": [{"name": "abs", "uid": 1, "in_uid": 0},
          {"name": "write_npy", "uid": 2, "in_uid": 1, "directory_out": "absdir"},
          {"name": "mean", "uid": 3, "in_uid": 1}]}""");
    NdArray chunk = NdArray.fromRows(new double[][] {{-1, 2, -3}, {4, -5, 6}});
    Path out = dir.resolve("out");
    ChunkRun.Result r = ChunkRun.run(g, npy("1600000000.npy", chunk),
        new ChunkRun.Options(3, npy("x.npy", NdArray.vector(10, 20)), 1600000000L, out, true));
    assertEquals(3, r.nodes());
    assertEquals(List.of(), r.notes());
    NdArray abs = NdArray.fromRows(new double[][] {{1, 2, 3}, {4, 5, 6}});
    assertEquals(abs, NpyConversion.read(out.resolve("absdir/1600000000.npy")));
    assertEquals(NdArray.vector(10, 20), NpyConversion.read(out.resolve("absdir/measured_depth.npy")));
    assertEquals(ExecutionContext.arange(3), NpyConversion.read(out.resolve("absdir/time.npy")));
    assertEquals(abs, NpyConversion.read(out.resolve("nodes/uid1.npy")));
    assertEquals(NdArray.of(new int[] {2, 1}, 2, 5), NpyConversion.read(out.resolve("nodes/uid3.npy")));
  }

  @Test
  void documentModeWritesConfigGv() throws IOException {
    Path g = graph("{\"document\": 1, \"command_list\": [{\"name\": \"abs\", \"uid\": 1, \"in_uid\": 0}]}");
    ChunkRun.Result r = ChunkRun.run(g, dir.resolve("never-read.npy"), new ChunkRun.Options(1, null, 0, dir, false));
    assertEquals(0, r.nodes());
    assertEquals("digraph G {\nabs_1[label=\"abs\",];\nload_data_0 -> abs_1\n}\n", Files.readString(dir.resolve("config.gv")));
  }

  @Test
  void badInputsAreOneLineErrorsBeforeProcessing() throws IOException {
    Path g = graph("{\"command_list\": [{\"name\": \"abs\", \"uid\": 1, \"in_uid\": 0}]}");
    Path oneD = npy("v.npy", NdArray.vector(1, 2, 3));
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> ChunkRun.run(g, oneD, new ChunkRun.Options(10, null, 0, dir, false)));
    assertTrue(e.getMessage().endsWith("a chunk must be 2-D (channels, time samples), got shape (3,)"), e.getMessage());
    Path chunk = npy("c.npy", NdArray.fromRows(new double[][] {{1, 2}, {3, 4}, {5, 6}}));
    Path x = npy("x.npy", NdArray.vector(1, 2));
    e = assertThrows(InvalidDataException.class, () -> ChunkRun.run(g, chunk, new ChunkRun.Options(10, x, 0, dir, false)));
    assertTrue(e.getMessage().endsWith("xaxis must hold one real depth per channel (3), got shape (2,)"), e.getMessage());
    FathomException f = assertThrows(FathomException.class, () -> ChunkRun.run(g, chunk, new ChunkRun.Options(0, null, 0, dir, false)));
    assertEquals("--prf: must be a positive number of Hz, got 0.0", f.getMessage());
    assertThrows(FathomException.class, () -> ChunkRun.run(g, dir.resolve("missing.npy"), new ChunkRun.Options(1, null, 0, dir, false)));
  }

  @Test
  void nonFiniteInputIsProcessedWithANote() throws IOException {
    Path g = graph("{\"command_list\": [{\"name\": \"bounded_select\", \"uid\": 1, \"in_uid\": 0}]}");
    Path chunk = npy("c.npy", NdArray.fromRows(new double[][] {{Double.NaN, 0.5}, {Double.POSITIVE_INFINITY, 2}}));
    ChunkRun.Result r = ChunkRun.run(g, chunk, new ChunkRun.Options(10, null, 0, dir.resolve("o"), true));
    assertEquals(List.of(chunk + ": 2 NaN/Inf values in the chunk; they propagate as in numpy"), r.notes());
    assertEquals(NdArray.fromRows(new double[][] {{0, 1}, {0, 0}}), NpyConversion.read(dir.resolve("o/nodes/uid1.npy")));
  }
}

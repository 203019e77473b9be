package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered command on odd chunk shapes and on non-finite data: it either gives a result
 * or fails with a GraphExecutionException naming the node — never another exception.
 */
class EdgeCaseTest {
  @TempDir static Path out;

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("1 row", 1, 7), Arguments.of("1 column", 6, 1), Arguments.of("odd nx", 5, 8),
        Arguments.of("even nx", 4, 9), Arguments.of("1 x 1", 1, 1));
  }

  private static NdArray chunk(int nx, int nt, boolean nonFinite) {
    double[][] v = new double[nx][nt];
    for (int i = 0; i < nx; i++) for (int j = 0; j < nt; j++) v[i][j] = Math.sin(1.3 * i + 0.7 * j) * (i + 1);
    if (nonFinite) {
      v[0][0] = Double.NaN;
      v[nx - 1][nt - 1] = Double.POSITIVE_INFINITY;
    }
    return NdArray.fromRows(v);
  }

  /** Parameters a command needs beyond its defaults to run on a chunk. */
  private static final java.util.Map<String, String> NEEDED = java.util.Map.of(
      "multiple_calcs", ", \"func\": \"te_from_fft\", \"high_freq\": [-1]",
      "thumbnail", ", \"directory_out\": \"png\", \"dpi\": 20",
      "write_npy", ", \"directory_out\": \"npy\"",
      "write_witsml", ", \"directory_out\": \"fbe\"",
      "clip", ", \"directory_out\": \"clip\"",
      "kmeans", ", \"n_clusters\": 1");

  private static String graphFor(Command c) {
    String gather = c.gather() == Command.GatherUse.NONE ? "" : ", \"gather_uids\": [0]";
    return "{\"command_list\": [{\"name\": \"" + c.name() + "\", \"uid\": 1, \"in_uid\": 0" + gather
        + NEEDED.getOrDefault(c.name(), "") + "}]}";
  }

  private static void runAll(NdArray chunk, String label) {
    CommandRegistry registry = CommandRegistry.load();
    for (Command c : registry.commands()) {
      ExecutionPlan plan = new GraphValidator(registry).validate(GraphParser.parse(graphFor(c), c.name()));
      ExecutionContext ctx = ExecutionContext.forChunk(chunk, 10, null, null, 0, 500, new DirectorySink(out));
      try {
        NdArray r = new GraphExecutor(plan).run(chunk, ctx, NodeListener.NONE).get(1);
        assertTrue(r.ndim() <= 2, c.name());
      } catch (GraphExecutionException e) {
        assertTrue(e.getMessage().startsWith(c.name() + ": node uid 1 '" + c.name() + "': "), e.getMessage());
      } catch (RuntimeException e) {
        fail(c.name() + " on " + label + " threw " + e);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyCommandHandlesSmallAndOddShapes(String label, int nx, int nt) {
    runAll(chunk(nx, nt, false), label);
  }

  @ParameterizedTest(name = "{0} with NaN and Inf")
  @MethodSource("shapes")
  void nonFiniteValuesPropagateWithoutErrors(String label, int nx, int nt) {
    runAll(chunk(nx, nt, true), label);
  }

  @org.junit.jupiter.api.Test
  void nonFiniteValuesFollowNumpy() {
    NdArray c = NdArray.fromRows(new double[][] {{1, Double.NaN, 3, 2, 5}, {4, 1, 2, 3, Double.POSITIVE_INFINITY}});
    var plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse("""
        {"command_list": [{"name": "argmax", "uid": 1, "in_uid": 0, "axis": 1},
          {"name": "kurtosis", "uid": 2, "in_uid": 0},
          {"name": "mean", "uid": 3, "in_uid": 0}]}""", "g"));
    var leaves = new GraphExecutor(plan).run(c, ExecutionContext.forChunk(c, 5, null, null, 0, 500, null), NodeListener.NONE);
    assertArrayEquals(new double[] {1, 4}, leaves.get(1).realData());
    // kurtosis leaves NaN out: row 0 is [1, 3, 2, 5]
    assertEquals(0.3428571428571434, leaves.get(2).re(0), 1e-12); // scipy.stats.kurtosis([1, 3, 2, 5], bias=False)
    assertTrue(Double.isNaN(leaves.get(2).re(1)));
    assertTrue(Double.isNaN(leaves.get(3).re(0)));
    assertEquals(Double.POSITIVE_INFINITY, leaves.get(3).re(1));
    assertEquals(List.of(1, 2, 3), List.copyOf(leaves.keySet()));
  }
}

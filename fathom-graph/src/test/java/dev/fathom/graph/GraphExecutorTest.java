package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Execution order, value semantics, release of intermediates, errors naming the node. */
class GraphExecutorTest {
  static final NdArray CHUNK = NdArray.fromRows(new double[][] {{-2, 1, 3}, {4, -5, 0.5}});

  static Map<Integer, NdArray> run(String json, NdArray chunk, NodeListener listener) {
    ExecutionPlan plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse(json, "t.json"));
    ExecutionContext ctx = ExecutionContext.forChunk(chunk, 3, null, null, 0, 500, null);
    return new GraphExecutor(plan).run(chunk, ctx, listener);
  }

  @Test
  void noNodeChangesAnotherNodesInput() {
    // distpy: soft_threshold clamps node 0 in place, so the later abs of node 0 sees clamped values
    Map<Integer, NdArray> r = run("""
        {"command_list": [
          {"name": "soft_threshold", "uid": 1, "in_uid": 0, "threshold": 0.5},
          {"name": "abs", "uid": 2, "in_uid": 0}]}""", CHUNK, NodeListener.NONE);
    assertArrayEquals(new double[] {-2, 0.5, 0.5, 0.5, -5, 0.5}, r.get(1).realData());
    assertArrayEquals(new double[] {2, 1, 3, 4, 5, 0.5}, r.get(2).realData());
    assertArrayEquals(new double[] {-2, 1, 3, 4, -5, 0.5}, CHUNK.realData());
  }

  @Test
  void releasesResultsAfterTheirLastReaderAndReturnsLeaves() {
    String json = """
        {"command_list": [
          {"name": "abs", "uid": 1, "in_uid": 0},
          {"name": "lin_transform", "uid": 2, "in_uid": 1, "m": 2},
          {"name": "add", "uid": 3, "in_uid": 2, "gather_uids": [1]},
          {"name": "mean", "uid": 4, "in_uid": 0}]}""";
    ExecutionPlan plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse(json, "t"));
    assertEquals(4, plan.lastUse(0));
    assertEquals(3, plan.lastUse(1));
    assertEquals(3, plan.lastUse(2));
    assertEquals(0, plan.lastUse(3));
    List<Integer> order = new ArrayList<>();
    Map<Integer, NdArray> leaves = run(json, CHUNK, (n, r) -> order.add(n.position()));
    assertEquals(List.of(1, 2, 3, 4), order);
    assertEquals(List.of(3, 4), new ArrayList<>(leaves.keySet()));
    assertArrayEquals(new double[] {6, 3, 9, 12, 15, 1.5}, leaves.get(3).realData());
    assertArrayEquals(new int[] {2, 1}, leaves.get(4).shape());
  }

  @Test
  void dataProblemsNameTheNode() {
    GraphExecutionException e = assertThrows(GraphExecutionException.class, () -> run("""
        {"command_list": [
          {"name": "mean", "uid": 1, "in_uid": 0},
          {"name": "add", "uid": 2, "in_uid": 0, "gather_uids": [1]},
          {"name": "extract", "uid": 3, "in_uid": 0, "index": 7}]}""", CHUNK, NodeListener.NONE));
    assertEquals("t.json: node uid 3 'extract': index 7 is out of bounds for axis 1 with size 3", e.getMessage());
    GraphExecutionException b = assertThrows(GraphExecutionException.class, () -> run("""
        {"command_list": [{"name": "downsample", "uid": 1, "in_uid": 0, "xsample": 2},
          {"name": "add", "uid": 2, "in_uid": 0, "gather_uids": [1]}]}""",
        NdArray.fromRows(new double[][] {{1, 2}, {3, 4}, {5, 6}}), NodeListener.NONE));
    assertEquals("t.json: node uid 2 'add': operands could not be broadcast together with shapes (3, 2) (2, 2)",
        b.getMessage());
  }
}

package dev.fathom.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link ExecutionPlan} on one chunk: nodes strictly in list order (distpy's order),
 * each reading its inputs by position (0 = the chunk). Values are immutable, so no node changes
 * another node's input (distpy's in-place commands do not leak, specs/distpy.md §6.14). A result
 * is released as soon as the last node that reads it has run; results nobody reads (the graph's
 * leaves) are returned.
 */
public final class GraphExecutor {
  private final ExecutionPlan plan;

  public GraphExecutor(ExecutionPlan plan) {
    this.plan = plan;
  }

  /**
   * Runs the graph.
   *
   * @param chunk node 0: the chunk, {@code (nx, nt)}
   * @param context sampling, axes, time and output of this chunk
   * @param listener sees every node's result as soon as it is computed
   * @return the results of the leaves (nodes no other node reads), by position, in order
   * @throws GraphExecutionException naming the node, when a command rejects its inputs
   */
  public Map<Integer, NdArray> run(NdArray chunk, ExecutionContext context, NodeListener listener) {
    List<PlannedNode> nodes = plan.nodes();
    NdArray[] held = new NdArray[nodes.size() + 1];
    held[0] = chunk;
    for (PlannedNode p : nodes) {
      GraphNode n = p.node();
      List<NdArray> gathered = new ArrayList<>();
      for (int g : n.gatherUids()) gathered.add(held[g]);
      NdArray result = execute(p, new NodeInputs(held[n.inUid()], gathered), context);
      held[n.position()] = result;
      listener.nodeDone(n, result);
      for (int in : ExecutionPlan.inputsOf(n)) {
        if (plan.lastUse(in) == n.position()) held[in] = null;
      }
    }
    Map<Integer, NdArray> leaves = new LinkedHashMap<>();
    for (int k = 1; k < held.length; k++) {
      if (held[k] != null) leaves.put(k, held[k]);
    }
    return leaves;
  }

  private NdArray execute(PlannedNode p, NodeInputs inputs, ExecutionContext context) {
    try {
      NdArray r = p.command().execute(inputs, p.params(), context);
      if (r == null) throw new IllegalStateException(p.command().name() + " returned null");
      return r;
    } catch (CommandException e) {
      throw new GraphExecutionException(
          plan.graph().source(), p.node().label() + ": " + e.getMessage(), e);
    }
  }
}

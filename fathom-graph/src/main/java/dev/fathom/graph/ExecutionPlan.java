package dev.fathom.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A graph that passed {@link GraphValidator}: nodes in execution order (position 1..n; node 0 is
 * the chunk) with their commands and parameters, and for every position the last position that
 * reads it, so that the executor can release a result as soon as no later node needs it.
 */
public final class ExecutionPlan {
  private final Graph graph;
  private final List<PlannedNode> nodes;
  private final int[] lastUse;

  ExecutionPlan(Graph graph, List<PlannedNode> nodes) {
    this.graph = graph;
    this.nodes = List.copyOf(nodes);
    this.lastUse = new int[nodes.size() + 1];
    for (PlannedNode p : nodes) {
      for (int in : inputsOf(p.node())) lastUse[in] = Math.max(lastUse[in], p.node().position());
    }
  }

  /** Positions read by a node: {@code in_uid} then the {@code gather_uids}. */
  static List<Integer> inputsOf(GraphNode n) {
    List<Integer> in = new ArrayList<>();
    in.add(n.inUid());
    in.addAll(n.gatherUids());
    return in;
  }

  public Graph graph() {
    return graph;
  }

  /** The nodes in execution order (index k holds position k + 1). */
  public List<PlannedNode> nodes() {
    return nodes;
  }

  /** The last position that reads {@code position}'s result, 0 when none does (a leaf). */
  public int lastUse(int position) {
    return lastUse[position];
  }
}

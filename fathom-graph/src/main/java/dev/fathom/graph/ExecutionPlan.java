package dev.fathom.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph that passed {@link GraphValidator}: nodes in execution order (position 1..n; node 0 is
 * the chunk) with their commands and parameters, for every position the last position that
 * reads it, so that the executor can release a result as soon as no later node needs it, and the
 * nodes that may be fused into their readers ({@link InputFusion}).
 */
public final class ExecutionPlan {
  private final Graph graph;
  private final List<PlannedNode> nodes;
  private final int[] lastUse;
  private final Map<Integer, List<PlannedNode>> fusions;

  ExecutionPlan(Graph graph, List<PlannedNode> nodes) {
    this.graph = graph;
    this.nodes = List.copyOf(nodes);
    this.lastUse = new int[nodes.size() + 1];
    for (PlannedNode p : nodes) {
      for (int in : inputsOf(p.node())) lastUse[in] = Math.max(lastUse[in], p.node().position());
    }
    this.fusions = Collections.unmodifiableMap(findFusions(this.nodes));
  }

  /** Positions read by a node: {@code in_uid} then the {@code gather_uids}. */
  static List<Integer> inputsOf(GraphNode n) {
    List<Integer> in = new ArrayList<>();
    in.add(n.inUid());
    in.addAll(n.gatherUids());
    return in;
  }

  /**
   * Upstream position to its readers, for every node all of whose readers read it as {@code
   * in_uid} only and can compute from its inputs ({@link InputFusion#canFuse}).
   */
  private static Map<Integer, List<PlannedNode>> findFusions(List<PlannedNode> nodes) {
    Map<Integer, List<PlannedNode>> readers = new LinkedHashMap<>();
    boolean[] blocked = new boolean[nodes.size() + 1];
    for (PlannedNode p : nodes) {
      GraphNode n = p.node();
      readers.computeIfAbsent(n.inUid(), k -> new ArrayList<>()).add(p);
      for (int g : n.gatherUids()) blocked[g] = true;
    }
    Map<Integer, List<PlannedNode>> out = new LinkedHashMap<>();
    for (PlannedNode up : nodes) {
      int pos = up.node().position();
      List<PlannedNode> rs = readers.get(pos);
      if (blocked[pos] || rs == null || rs.isEmpty()) continue;
      boolean all = true;
      for (PlannedNode r : rs) {
        all &= r.command() instanceof InputFusion f && f.canFuse(up, r.params());
      }
      if (all) out.put(pos, List.copyOf(rs));
    }
    return out;
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

  /**
   * The readers that would compute from {@code position}'s inputs instead of its result when the
   * executor fuses it (see {@link InputFusion}), in execution order; empty when the node is
   * always materialised.
   */
  public List<PlannedNode> fusedConsumers(int position) {
    return fusions.getOrDefault(position, List.of());
  }

  /** Every fusable node: position to {@link #fusedConsumers}. */
  public Map<Integer, List<PlannedNode>> fusions() {
    return fusions;
  }
}

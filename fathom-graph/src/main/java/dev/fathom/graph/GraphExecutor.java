package dev.fathom.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link ExecutionPlan} on one chunk: nodes strictly in list order (distpy's order),
 * each reading its inputs by position (0 = the chunk). Values are immutable, so no node changes
 * another node's input (distpy's in-place commands do not leak, specs/distpy.md §6.14). A result
 * is released as soon as the last node that reads it has run; results nobody reads (the graph's
 * leaves) are returned.
 *
 * <p>Fusion: a node whose readers can all compute from its inputs ({@link InputFusion}, e.g. an
 * {@code fft} read only by band energies) is not run when the listener does not need its result
 * and the readers accept the actual inputs; its readers then run {@link
 * InputFusion#executeFused} on its inputs, which are kept until its last reader has run.
 */
public final class GraphExecutor {
  private final ExecutionPlan plan;

  public GraphExecutor(ExecutionPlan plan) {
    this.plan = plan;
  }

  /** A node that was fused away: what its readers get instead of its result. */
  private record Deferred(PlannedNode node, NodeInputs inputs, List<PlannedNode> consumers, Map<Object, Object> shared) {}

  /**
   * Runs the graph.
   *
   * @param chunk node 0: the chunk, {@code (nx, nt)}
   * @param context sampling, axes, time, output and threads of this chunk
   * @param listener sees the result of every node it {@link NodeListener#needs needs} (by
   *     default every node) as soon as it is computed; nodes it does not need may be fused away
   * @return the results of the leaves (nodes no other node reads), by position, in order
   * @throws GraphExecutionException naming the node, when a command rejects its inputs
   */
  public Map<Integer, NdArray> run(NdArray chunk, ExecutionContext context, NodeListener listener) {
    List<PlannedNode> nodes = plan.nodes();
    NdArray[] held = new NdArray[nodes.size() + 1];
    Deferred[] deferred = new Deferred[nodes.size() + 1];
    int[] lastUse = new int[nodes.size() + 1];
    for (int k = 0; k < lastUse.length; k++) lastUse[k] = plan.lastUse(k);
    held[0] = chunk;
    for (PlannedNode p : nodes) {
      GraphNode n = p.node();
      int pos = n.position();
      List<Integer> ins = ExecutionPlan.inputsOf(n);
      Deferred up = deferred[n.inUid()];
      List<NdArray> gathered = new ArrayList<>();
      for (int g : n.gatherUids()) gathered.add(held[g]);
      NodeInputs inputs = new NodeInputs(held[n.inUid()], gathered);
      Deferred fused = up == null ? tryFuse(p, inputs, ins, deferred, context, listener) : null;
      if (fused != null) {
        deferred[pos] = fused;
        for (int in : ins) lastUse[in] = Math.max(lastUse[in], lastUse[pos]);
      } else {
        NdArray result = up != null ? executeFused(p, up, gathered, context) : execute(p, inputs, context);
        held[pos] = result;
        listener.nodeDone(n, result);
      }
      for (int in : ins) {
        if (lastUse[in] != pos) continue;
        held[in] = null;
        if (deferred[in] != null) { // its inputs were kept for its readers, up to this one
          for (int kept : ExecutionPlan.inputsOf(deferred[in].node().node())) {
            if (lastUse[kept] == pos) held[kept] = null;
          }
          deferred[in] = null;
        }
      }
    }
    Map<Integer, NdArray> leaves = new LinkedHashMap<>();
    for (int k = 1; k < held.length; k++) {
      if (held[k] != null) leaves.put(k, held[k]);
    }
    return leaves;
  }

  /** The node as a {@link Deferred} when it can be fused into its readers now, else null. */
  private Deferred tryFuse(PlannedNode p, NodeInputs inputs, List<Integer> ins, Deferred[] deferred,
      ExecutionContext context, NodeListener listener) {
    List<PlannedNode> consumers = plan.fusedConsumers(p.node().position());
    if (consumers.isEmpty() || listener.needs(p.node())) return null;
    for (int in : ins) if (deferred[in] != null) return null;
    for (PlannedNode c : consumers) {
      if (!((InputFusion) c.command()).acceptsFused(p, inputs, c.params(), context)) return null;
    }
    return new Deferred(p, inputs, consumers, new HashMap<>());
  }

  private NdArray executeFused(PlannedNode p, Deferred up, List<NdArray> gathered, ExecutionContext context) {
    FusedInput in = new FusedInput(up.node(), up.inputs(), gathered, up.consumers(), up.shared());
    try {
      return checked(p, ((InputFusion) p.command()).executeFused(in, p.params(), context));
    } catch (CommandException e) {
      throw new GraphExecutionException(
          plan.graph().source(), p.node().label() + ": " + e.getMessage(), e);
    }
  }

  private NdArray execute(PlannedNode p, NodeInputs inputs, ExecutionContext context) {
    try {
      return checked(p, p.command().execute(inputs, p.params(), context));
    } catch (CommandException e) {
      throw new GraphExecutionException(
          plan.graph().source(), p.node().label() + ": " + e.getMessage(), e);
    }
  }

  private static NdArray checked(PlannedNode p, NdArray r) {
    if (r == null) throw new IllegalStateException(p.command().name() + " returned null");
    return r;
  }
}

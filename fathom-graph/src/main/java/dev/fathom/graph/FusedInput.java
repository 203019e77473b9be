package dev.fathom.graph;

import java.util.List;
import java.util.Map;

/**
 * What a fused reader ({@link InputFusion#executeFused}) gets in place of its upstream's result.
 *
 * @param upstream the node that was not run (e.g. the {@code fft})
 * @param upstreamInputs the inputs that node would have read
 * @param gathered this reader's own secondary inputs ({@code gather_uids})
 * @param consumers every reader fused onto {@code upstream}, in execution order (this one
 *     included), so that readers can share one pass over the data
 * @param shared scratch space shared by those readers for this chunk only (e.g. {@code
 *     computeIfAbsent(key, ...)} a result several of them need); the executor runs nodes one at a
 *     time, and drops it after the last reader
 */
public record FusedInput(
    PlannedNode upstream,
    NodeInputs upstreamInputs,
    List<NdArray> gathered,
    List<PlannedNode> consumers,
    Map<Object, Object> shared) {
  public FusedInput {
    gathered = List.copyOf(gathered);
    consumers = List.copyOf(consumers);
  }
}

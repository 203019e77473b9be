package dev.fathom.graph;

import java.util.List;

/**
 * The inputs of one node: the primary input ({@code in_uid}) and the secondary inputs
 * ({@code gather_uids}, in the order given).
 *
 * @param primary the result of node {@code in_uid} (node 0 is the chunk)
 * @param gathered the results of the {@code gather_uids} nodes
 */
public record NodeInputs(NdArray primary, List<NdArray> gathered) {
  public NodeInputs {
    gathered = List.copyOf(gathered);
  }

  /** Inputs with no secondary input. */
  public static NodeInputs of(NdArray primary, NdArray... gathered) {
    return new NodeInputs(primary, List.of(gathered));
  }

  /** The first secondary input; a {@link CommandException} when there is none. */
  public NdArray first() {
    if (gathered.isEmpty()) throw new CommandException("needs gather_uids (a secondary input)");
    return gathered.get(0);
  }

  /** The first secondary input, or null when there is none. */
  public NdArray firstOrNull() {
    return gathered.isEmpty() ? null : gathered.get(0);
  }
}

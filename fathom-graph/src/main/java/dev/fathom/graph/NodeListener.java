package dev.fathom.graph;

/** Sees every node's result right after the node ran (for --dump-nodes and parity tests). */
@FunctionalInterface
public interface NodeListener {
  /**
   * @param node the node that ran (position 0 is never reported: it is the chunk itself)
   * @param result its result
   */
  void nodeDone(GraphNode node, NdArray result);

  /** A listener that does nothing. */
  NodeListener NONE = (node, result) -> {};
}

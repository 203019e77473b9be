package dev.fathom.graph;

/**
 * Sees node results right after each node ran (for --dump-nodes and parity tests).
 *
 * <p>By default a listener sees every node's result, and that keeps every node materialised. A
 * listener that overrides {@link #needs} to say it does not need a node lets the executor fuse
 * that node into its readers ({@link InputFusion}): such a node may then never be computed and
 * {@link #nodeDone} is not called for it.
 */
@FunctionalInterface
public interface NodeListener {
  /**
   * @param node the node that ran (position 0 is never reported: it is the chunk itself)
   * @param result its result
   */
  void nodeDone(GraphNode node, NdArray result);

  /**
   * Whether this listener needs {@code node}'s result; asked before the node runs. True by
   * default: every node is computed and reported.
   */
  default boolean needs(GraphNode node) {
    return true;
  }

  /** A listener that does nothing and needs no result (fusion allowed everywhere). */
  NodeListener NONE =
      new NodeListener() {
        @Override
        public void nodeDone(GraphNode node, NdArray result) {}

        @Override
        public boolean needs(GraphNode node) {
          return false;
        }
      };
}

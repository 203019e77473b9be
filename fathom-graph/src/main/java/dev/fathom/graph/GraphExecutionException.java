package dev.fathom.graph;

import dev.fathom.core.FathomException;

/** A node failed while a graph ran on a chunk: names the graph, the node's uid and name, and why. */
public class GraphExecutionException extends FathomException {
  public GraphExecutionException(String graph, String detail, Throwable cause) {
    super(graph, NO_OFFSET, detail, cause);
  }
}

package dev.fathom.graph;

/**
 * One thing wrong with a graph: the node (uid and name) when it concerns one, and what is wrong.
 *
 * @param node the node or null for problems of the whole file
 * @param message what was expected and what was found
 */
public record GraphProblem(GraphNode node, String message) {
  @Override
  public String toString() {
    return node == null ? message : node.label() + ": " + message;
  }
}

package dev.fathom.graph;

/**
 * Graphviz text of a graph exactly as distpy's documentation mode writes {@code config.gv}
 * ({@code io_helpers.dot_graph}, specs/distpy.md §1.9): {@code digraph G {}, then per node
 * {@code <name>_<uid>[label="<comment or name>",<formatting>];}, an edge from its input and one
 * per gather input, and {@code }}. Node 0 is {@code load_data_0}.
 */
public final class DotWriter {
  private DotWriter() {}

  /** The dot text (lines end with '\n'); the graph's wiring must be valid. */
  public static String toDot(Graph graph) {
    GraphValidator.validateWiring(graph);
    StringBuilder b = new StringBuilder("digraph G {\n");
    for (GraphNode n : graph.nodes()) {
      String id = id(graph, n.position());
      b.append(id).append("[label=\"").append(n.comment() != null ? n.comment() : n.name())
          .append("\",").append(n.formatting() != null ? n.formatting() : "").append("];\n");
      b.append(id(graph, n.inUid())).append(" -> ").append(id).append('\n');
      for (int g : n.gatherUids()) b.append(id(graph, g)).append(" -> ").append(id).append('\n');
    }
    return b.append("}\n").toString();
  }

  private static String id(Graph graph, int position) {
    return position == 0 ? "load_data_0" : graph.node(position).name() + "_" + position;
  }
}

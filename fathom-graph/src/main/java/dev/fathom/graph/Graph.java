package dev.fathom.graph;

import java.util.List;

/**
 * A graph file as read: distpy's schema (specs/distpy.md §1.1), top-level keys plus the
 * {@code command_list} nodes in order.
 *
 * @param source the file name or another label, for messages
 * @param name {@code name} (documentation), default "Command Set"
 * @param description {@code description} (documentation), default "Commands used"
 * @param document {@code document}: &gt; 0 asks for documentation instead of processing
 * @param boxSize {@code BOXSIZE}: rows per block in distpy's band-energy commands (500)
 * @param nodes the nodes, position 1..n
 */
public record Graph(String source, String name, String description, int document, int boxSize, List<GraphNode> nodes) {
  public Graph {
    nodes = List.copyOf(nodes);
  }

  /** The node at 1-based {@code position}. */
  public GraphNode node(int position) {
    return nodes.get(position - 1);
  }
}

package dev.fathom.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One entry of a graph's {@code command_list}, as written (before validation).
 *
 * @param position 1-based position in {@code command_list}; node 0 is the chunk
 * @param uid the node's {@code uid} (must equal {@code position}), null when absent or not an integer
 * @param name the command name, null when absent or not a string
 * @param inUid {@code in_uid}: position of the primary input, null when absent
 * @param gatherUids {@code gather_uids} with distpy's "none" entries (negative) removed
 * @param params every other key: the command's parameters
 * @param comment {@code comment} (documentation label) or null
 * @param formatting {@code formatting} (Graphviz attributes) or null
 * @param problems problems found while reading the node's keys (wrong JSON types)
 */
public record GraphNode(
    int position,
    Integer uid,
    String name,
    Integer inUid,
    List<Integer> gatherUids,
    Map<String, JsonNode> params,
    String comment,
    String formatting,
    List<String> problems) {

  public GraphNode {
    gatherUids = List.copyOf(gatherUids);
    params = Map.copyOf(params);
    problems = List.copyOf(problems);
  }

  /** How the node is named in messages: {@code node uid 3 'fft'}. */
  public String label() {
    String id = uid != null ? "uid " + uid : "position " + position;
    return "node " + id + " '" + (name == null ? "?" : name) + "'";
  }
}

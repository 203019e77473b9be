package dev.fathom.graph;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a graph file in distpy's JSON schema (specs/distpy.md §1.1-1.2) into a {@link Graph}.
 * Malformed JSON, a top level that is not an object and a missing {@code command_list} are
 * reported at once as a {@link GraphValidationException}; problems of single nodes (wrong key
 * types) are recorded on the node and reported by {@link GraphValidator} together with all
 * other problems.
 */
public final class GraphParser {
  /** Node keys that are not command parameters (wiring and documentation). */
  static final Set<String> NODE_KEYS =
      Set.of("name", "uid", "in_uid", "gather_uids", "comment", "formatting", "band00", "plot_type");

  /** Keys distpy injects into every node, overwriting what the graph says (§1.2). */
  static final Set<String> INJECTED_KEYS =
      Set.of("date_dir", "datestring", "nx", "nt", "prf", "xaxis", "taxis", "f_rescale", "inline_plots", "commands");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private GraphParser() {}

  /** Reads a graph file. */
  public static Graph read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new SourceAccessException(file.toString(), SourceAccessException.NO_OFFSET, "cannot read graph: " + e, e);
    }
    return parse(text, file.toString());
  }

  /** Parses graph JSON text; {@code source} names it in messages. */
  public static Graph parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw fileProblem(source, "malformed JSON" + where + ": " + e.getOriginalMessage());
    }
    return fromJson(root, source);
  }

  /** Reads an already parsed graph document. */
  public static Graph fromJson(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw fileProblem(source, "a graph must be a JSON object with a command_list, got " + kind(root));
    }
    JsonNode list = root.get("command_list");
    if (list == null || !list.isArray()) {
      throw fileProblem(source, "command_list must be a list of commands, got " + kind(list));
    }
    List<GraphProblem> fileProblems = new ArrayList<>();
    String name = text(root, "name", "Command Set", fileProblems);
    String description = text(root, "description", "Commands used", fileProblems);
    int document = integer(root, "document", 0, fileProblems);
    int boxSize = integer(root, "BOXSIZE", ExecutionContext.DEFAULT_BOXSIZE, fileProblems);
    if (boxSize < 1) fileProblems.add(new GraphProblem(null, "BOXSIZE must be at least 1, got " + boxSize));
    if (!fileProblems.isEmpty()) throw new GraphValidationException(source, fileProblems);
    List<GraphNode> nodes = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) nodes.add(node(list.get(k), k + 1));
    return new Graph(source, name, description, document, boxSize, nodes);
  }

  private static GraphNode node(JsonNode n, int position) {
    List<String> problems = new ArrayList<>();
    if (!n.isObject()) {
      problems.add("a command must be a JSON object, got " + kind(n));
      return new GraphNode(position, null, null, null, List.of(), Map.of(), null, null, problems);
    }
    String name = null;
    JsonNode nameNode = n.get("name");
    if (nameNode == null) problems.add("name is missing");
    else if (!nameNode.isTextual()) problems.add("name must be a string, got " + nameNode);
    else name = nameNode.asText();
    Integer uid = wholeNumber(n, "uid", problems);
    if (n.get("uid") == null) problems.add("uid is missing (it must equal the position " + position + ")");
    Integer inUid = wholeNumber(n, "in_uid", problems);
    List<Integer> gather = new ArrayList<>();
    JsonNode g = n.get("gather_uids");
    if (g != null && !g.isNull()) {
      if (!g.isArray()) problems.add("gather_uids must be a list of integers, got " + g);
      else
        for (JsonNode e : g) {
          if (!isWhole(e)) problems.add("gather_uids must be a list of integers, got " + g);
          else if (e.asInt() >= 0) gather.add(e.asInt()); // negative = none (distpy drops them)
        }
    }
    Map<String, JsonNode> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (INJECTED_KEYS.contains(e.getKey())) {
        problems.add("'" + e.getKey() + "' is set by the run (prf, axes, chunk time), not by the graph");
      } else if (!NODE_KEYS.contains(e.getKey())) {
        params.put(e.getKey(), e.getValue());
      }
    }
    return new GraphNode(
        position, uid, name, inUid, gather, params,
        optionalText(n, "comment", problems), optionalText(n, "formatting", problems), problems);
  }

  private static Integer wholeNumber(JsonNode n, String key, List<String> problems) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) return null;
    if (!isWhole(v)) {
      problems.add(key + " must be an integer, got " + v);
      return null;
    }
    return v.asInt();
  }

  private static boolean isWhole(JsonNode v) {
    return v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 1e9;
  }

  private static String optionalText(JsonNode n, String key, List<String> problems) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) {
      problems.add(key + " must be a string, got " + v);
      return null;
    }
    return v.asText();
  }

  private static String text(JsonNode root, String key, String dflt, List<GraphProblem> problems) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) return dflt;
    if (!v.isTextual()) problems.add(new GraphProblem(null, key + " must be a string, got " + v));
    return v.asText();
  }

  private static int integer(JsonNode root, String key, int dflt, List<GraphProblem> problems) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) return dflt;
    if (!isWhole(v)) {
      problems.add(new GraphProblem(null, key + " must be an integer, got " + v));
      return dflt;
    }
    return v.asInt();
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) return "nothing";
    if (n.isObject()) return "an object";
    if (n.isArray()) return "a list";
    return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + n;
  }

  private static GraphValidationException fileProblem(String source, String message) {
    return new GraphValidationException(source, List.of(new GraphProblem(null, message)));
  }
}

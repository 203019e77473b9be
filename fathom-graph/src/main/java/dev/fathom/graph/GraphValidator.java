package dev.fathom.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link Graph} before any data is read and reports every problem at once: unknown
 * commands (with a "did you mean"), uids that are not their position, {@code in_uid} /
 * {@code gather_uids} that are missing, point forward or out of range, gather inputs a command
 * does not use or lacks, missing, ill-typed or unknown parameters.
 */
public final class GraphValidator {
  private final CommandRegistry registry;

  public GraphValidator(CommandRegistry registry) {
    this.registry = registry;
  }

  /**
   * The plan of a valid graph.
   *
   * @throws GraphValidationException listing every problem when the graph is not valid
   */
  public ExecutionPlan validate(Graph graph) {
    List<GraphProblem> problems = new ArrayList<>();
    List<PlannedNode> planned = new ArrayList<>();
    if (graph.nodes().isEmpty()) problems.add(new GraphProblem(null, "command_list is empty"));
    for (GraphNode n : graph.nodes()) {
      List<String> msgs = new ArrayList<>(n.problems());
      checkWiring(n, msgs);
      Command c = n.name() == null ? null : registry.find(n.name());
      if (n.name() != null && c == null) msgs.add(unknownCommand(n.name()));
      Params params = null;
      if (c != null) {
        checkGather(n, c, msgs);
        int before = msgs.size();
        params = Params.bind(c.parameters(), n.params(), msgs);
        if (msgs.size() == before) c.check(params, msgs);
      }
      for (String m : msgs) problems.add(new GraphProblem(n, m));
      if (msgs.isEmpty()) planned.add(new PlannedNode(n, c, params));
    }
    if (!problems.isEmpty()) throw new GraphValidationException(graph.source(), problems);
    return new ExecutionPlan(graph, planned);
  }

  /**
   * Only the wiring checks (uids, in_uid, gather_uids): what documentation mode needs.
   *
   * @throws GraphValidationException listing every wiring problem
   */
  public static void validateWiring(Graph graph) {
    List<GraphProblem> problems = new ArrayList<>();
    for (GraphNode n : graph.nodes()) {
      List<String> msgs = new ArrayList<>(n.problems());
      checkWiring(n, msgs);
      for (String m : msgs) problems.add(new GraphProblem(n, m));
    }
    if (!problems.isEmpty()) throw new GraphValidationException(graph.source(), problems);
  }

  private static void checkWiring(GraphNode n, List<String> msgs) {
    int pos = n.position();
    if (n.uid() != null && n.uid() != pos) {
      msgs.add("uid " + n.uid() + " is not its position " + pos + " in command_list"
          + " (in_uid and gather_uids refer to positions, so uids must be 1, 2, 3, ...)");
    }
    if (n.inUid() == null || n.inUid() < 0) {
      msgs.add("in_uid is missing: every command needs an input (0 = the chunk)");
    } else {
      checkReference("in_uid", n.inUid(), pos, msgs);
    }
    for (int g : n.gatherUids()) checkReference("gather_uids entry", g, pos, msgs);
  }

  private static void checkReference(String key, int ref, int pos, List<String> msgs) {
    if (ref >= pos) {
      msgs.add(key + " " + ref + " does not refer to an earlier node"
          + " (it must be 0 for the chunk or 1.." + (pos - 1) + ")");
    }
  }

  private static void checkGather(GraphNode n, Command c, List<String> msgs) {
    if (c.gather() == Command.GatherUse.NONE && !n.gatherUids().isEmpty()) {
      msgs.add("gather_uids given, but " + c.name() + " reads no secondary input");
    } else if (c.gather() == Command.GatherUse.REQUIRED && n.gatherUids().isEmpty()) {
      msgs.add(c.name() + " needs gather_uids (its secondary input)");
    }
  }

  private String unknownCommand(String name) {
    if (DistpyNames.isDistpy(name)) {
      return "command '" + name + "' of distpy is not available in this Fathom build";
    }
    return "unknown command '" + name + "'" + NameHints.didYouMean(name, registry.names())
        + "; known commands: " + String.join(", ", registry.names());
  }
}

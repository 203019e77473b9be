package dev.fathom.graph;

import dev.fathom.core.FathomException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A graph file is not a valid graph: lists every problem found, each with the node's uid and
 * name. The message is one line: {@code N problem(s): p1; p2; ...}.
 */
public class GraphValidationException extends FathomException {
  private final List<GraphProblem> problems;

  public GraphValidationException(String source, List<GraphProblem> problems) {
    super(source, NO_OFFSET, summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<GraphProblem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
        + problems.stream().map(GraphProblem::toString).collect(Collectors.joining("; "));
  }

  /** Every problem, in file order. */
  public List<GraphProblem> problems() {
    return problems;
  }
}

package dev.fathom.cli.graph;

import dev.fathom.cli.Verbosity;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.ExecutionPlan;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphProblem;
import dev.fathom.graph.GraphValidationException;
import dev.fathom.graph.GraphValidator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fathom graph check GRAPH}: validates a graph without data and prints the report, one
 * problem per line ({@code node uid 3 'fft': ...}); exit 0 when valid, 2 otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate a graph file: every problem, with the node's uid and name.")
public final class GraphCheck implements Callable<Integer> {
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GRAPH", description = "graph file (distpy JSON)")
  Path graph;

  @Override
  public Integer call() {
    try {
      ExecutionPlan plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.read(graph));
      spec.commandLine().getOut().println(graph + ": valid, " + plan.nodes().size() + " nodes");
      return 0;
    } catch (GraphValidationException e) {
      for (GraphProblem p : e.problems()) spec.commandLine().getOut().println(graph + ": " + p);
      throw e;
    }
  }
}

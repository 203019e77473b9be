package dev.fathom.cli.graph;

import dev.fathom.cli.Verbosity;
import dev.fathom.graph.DotWriter;
import dev.fathom.graph.GraphParser;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fathom graph dot GRAPH}: the Graphviz text distpy's documentation mode writes (config.gv). */
@Command(name = "dot", mixinStandardHelpOptions = true,
    description = "Print the graph as Graphviz dot text (as distpy's \"document\": 1 writes config.gv).")
public final class GraphDot implements Callable<Integer> {
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GRAPH", description = "graph file (distpy JSON)")
  Path graph;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(DotWriter.toDot(GraphParser.read(graph)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

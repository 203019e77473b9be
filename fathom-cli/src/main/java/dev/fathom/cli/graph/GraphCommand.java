package dev.fathom.cli.graph;

import picocli.CommandLine.Command;

/** {@code fathom graph}: distpy-compatible processing graphs (check, dot, commands, run). */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = "Validate, document and run distpy processing graphs (JSON command lists).",
    subcommands = {GraphCheck.class, GraphDot.class, GraphCommands.class, GraphRun.class})
public final class GraphCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

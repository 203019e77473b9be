package dev.fathom.cli.graph;

import dev.fathom.cli.Verbosity;
import dev.fathom.graph.CommandCatalog;
import dev.fathom.graph.CommandRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fathom graph commands}: every command with its parameters and defaults (docs/commands.md). */
@Command(name = "commands", mixinStandardHelpOptions = true,
    description = "List every graph command with its parameters and defaults (Markdown, = docs/commands.md).")
public final class GraphCommands implements Callable<Integer> {
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(CommandCatalog.markdown(CommandRegistry.load()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

package dev.fathom.graph;

import java.util.stream.Collectors;

/**
 * The reference of every registered command with its parameters and defaults, as Markdown:
 * the text of {@code fathom graph commands} and of docs/commands.md (a test keeps the file equal
 * to it).
 */
public final class CommandCatalog {
  private CommandCatalog() {}

  /** The Markdown reference of the registry's commands, sorted by name. */
  public static String markdown(CommandRegistry registry) {
    StringBuilder b = new StringBuilder();
    b.append("# Graph commands\n\n");
    b.append("Generated from the command registry by `fathom graph commands`; do not edit by hand.\n");
    b.append("Arrays are `(nx, nt)`: axis 0 = channel/depth, axis 1 = time. Every node also takes\n");
    b.append("`name`, `uid` (= its position), `in_uid`, and, where noted, `gather_uids`;\n");
    b.append("`comment` and `formatting` label the Graphviz output.\n");
    for (Command c : registry.commands()) {
      b.append("\n## ").append(c.name()).append("\n\n").append(c.summary()).append('\n');
      if (c.gather() != Command.GatherUse.NONE) {
        b.append("\n`gather_uids`: ").append(c.gather() == Command.GatherUse.REQUIRED ? "required" : "optional").append('\n');
      }
      if (!c.parameters().isEmpty()) {
        b.append("\n| parameter | type | default | meaning |\n|---|---|---|---|\n");
        for (ParamSpec p : c.parameters()) {
          b.append("| `").append(p.name()).append("` | ").append(p.type().label())
              .append(p.choices().isEmpty() ? "" : " (" + p.choices().stream().collect(Collectors.joining(", ")) + ")")
              .append(p.nullable() ? " or null" : "")
              .append(p.minimum() == null ? "" : ", at least " + (p.minimum() == Math.rint(p.minimum())
                  ? Long.toString(p.minimum().longValue()) : p.minimum().toString()))
              .append(" | `").append(p.defaultText().replace("|", "\\|")).append("` | ")
              .append(p.description().replace("|", "\\|")).append(" |\n");
        }
      }
    }
    return b.toString();
  }
}

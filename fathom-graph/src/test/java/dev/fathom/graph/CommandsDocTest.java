package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/commands.md is exactly what the registry generates ({@code fathom graph commands}). */
class CommandsDocTest {
  static final Path DOC = Path.of("..", "docs", "commands.md");

  @Test
  void docsCommandsMdIsTheGeneratedReference() throws IOException {
    String generated = CommandCatalog.markdown(CommandRegistry.load());
    if (Boolean.getBoolean("fathom.regenerate")) Files.writeString(DOC, generated);
    String onDisk = Files.exists(DOC) ? Files.readString(DOC) : "";
    assertEquals(generated, onDisk,
        "docs/commands.md is out of date; regenerate it with: mvn -o -q -pl fathom-graph test "
            + "-Dtest=CommandsDocTest -Dfathom.regenerate=true  (or: fathom graph commands > docs/commands.md)");
  }

  @Test
  void everyCommandAndParameterIsDescribed() {
    for (Command c : CommandRegistry.load().commands()) {
      String doc = CommandCatalog.markdown(CommandRegistry.of(java.util.List.of(c)));
      assertEquals(true, doc.contains("## " + c.name() + "\n\n" + c.summary()), c.name());
      for (ParamSpec p : c.parameters()) {
        assertEquals(false, p.description().isBlank(), c.name() + "." + p.name() + " has no description");
      }
    }
  }
}

package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry: ServiceLoader discovery, third-party providers, unique names. */
class CommandRegistryTest {
  /** A third-party provider, registered only through the class loader made in the test. */
  public static final class ThirdParty implements CommandProvider {
    @Override
    public List<Command> commands() {
      return List.of(new Command() {
        @Override public String name() { return "square"; }
        @Override public String summary() { return "in * in"; }
        @Override public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
          return in.primary().mapReal(in.primary().dtype(), x -> x * x);
        }
      });
    }
  }

  @Test
  void builtInsAreFoundThroughServiceLoader() {
    CommandRegistry r = CommandRegistry.load();
    for (String n : List.of("NONE", "abs", "mean", "macro", "to_gpu", "from_gpu", "write_npy")) assertNotNull(r.find(n), n);
    assertEquals(r.names().stream().sorted().toList(), List.copyOf(r.names()));
  }

  @Test
  void thirdPartyProvidersPlugInThroughMetaInfServices(@TempDir Path dir) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(CommandProvider.class.getName()), ThirdParty.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      CommandRegistry r = CommandRegistry.load(loader);
      assertNotNull(r.find("square"));
      assertNotNull(r.find("abs"));
      NdArray chunk = NdArray.fromRows(new double[][] {{1, -2}, {3, 4}});
      ExecutionPlan plan = new GraphValidator(r).validate(GraphParser.parse(
          "{\"command_list\": [{\"name\": \"square\", \"uid\": 1, \"in_uid\": 0}]}", "g"));
      NdArray out = new GraphExecutor(plan).run(chunk, ExecutionContext.forChunk(chunk, 2, null, null, 0, 500, null),
          NodeListener.NONE).get(1);
      assertEquals(NdArray.fromRows(new double[][] {{1, 4}, {9, 16}}), out);
    }
  }

  @Test
  void duplicateNamesAreRejected() {
    Command a = new ThirdParty().commands().get(0);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CommandRegistry.of(List.of(a, a)));
    assertTrue(e.getMessage().startsWith("two commands named 'square'"), e.getMessage());
  }
}

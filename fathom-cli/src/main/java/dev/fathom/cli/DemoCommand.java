package dev.fathom.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fathom demo}: the main job on generated data. For now: synthesise a small post-stack
 * survey, then show {@code segy info} and {@code segy stats} of it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Synthesise a small survey into ./fathom-demo and show `segy info` and `segy stats` of it.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--dir", defaultValue = "fathom-demo", description = "Output folder (default ${DEFAULT-VALUE}).")
  Path dir;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(dir);
    String survey = dir.resolve("survey.sgy").toString();
    String stats = dir.resolve("stats.csv").toString();
    step("fathom segy synth " + survey + " --inlines 40 --crosslines 60 --samples 500 --format ibm",
        "segy", "synth", survey, "--inlines", "40", "--crosslines", "60", "--samples", "500", "--format", "ibm");
    step("fathom segy info " + survey, "segy", "info", survey);
    step("fathom segy stats " + survey + " --csv " + stats, "segy", "stats", survey, "--csv", stats);
    System.out.println();
    System.out.println("First rows of " + stats + ":");
    try (var lines = Files.lines(Path.of(stats))) {
      lines.limit(6).forEach(l -> System.out.println("  " + l));
    }
    System.out.println();
    System.out.println("Done: survey " + survey + ", per-trace statistics " + stats);
    return 0;
  }

  private static void step(String shown, String... args) {
    System.out.println();
    System.out.println("$ " + shown);
    System.out.flush();
    int rc = Main.commandLine().execute(args);
    if (rc != 0) throw new IllegalStateException("demo step failed (exit " + rc + "): " + shown);
  }
}

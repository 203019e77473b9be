package dev.fathom.cli.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.cli.EngineOptions;
import dev.fathom.cli.Main;
import dev.fathom.cli.Verbosity;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fathom run PIPELINE}: the chain in one command. The pipeline file names the steps in
 * order, each a verb of this tool with its config and options:
 *
 * <pre>
 * {"steps": [
 *   {"step": "ingest",  "config": "config/sgyConfig.json", "chunk_seconds": 1},
 *   {"step": "process", "config": "config/strainrate2fbeConfig.json"},
 *   {"step": "collect", "config": "config/ingestWITSMLConfig.json"},
 *   {"step": "plot",    "config": "config/plotConfig.json"}]}
 * </pre>
 *
 * Relative config paths resolve against the pipeline file's folder. Every other key of a step is
 * passed as the option {@code --key-with-dashes value} ({@code true} as a bare flag). Steps run
 * in order; the run stops at the first step that does not succeed, with that step's exit code.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a pipeline file: its steps (ingest, process, collect, plot) in order.",
      "",
      "Run a pipeline: a JSON file {\"steps\": [{\"step\": \"ingest|process|collect|plot\",",
      "\"config\": FILE, other options...}, ...]} - each step is the fathom verb of that name",
      "on its config. Stops at the first step that fails. --engine/--master apply to the ingest",
      "and process steps that do not name their own (./fathom adds Spark's jars when this command",
      "line, or the pipeline file, names spark or a master)."
    })
public final class RunCommand implements Callable<Integer> {
  static final Set<String> STEPS = Set.of("ingest", "process", "collect", "plot");

  @Parameters(paramLabel = "PIPELINE", description = "Pipeline JSON file.")
  Path pipeline;

  @Mixin Verbosity verbosity;

  @Mixin EngineOptions engine;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<List<String>> steps = parse(pipeline);
    for (int i = 0; i < steps.size(); i++) {
      List<String> args = new ArrayList<>(steps.get(i));
      if (verbosity.verbose()) args.add("--verbose");
      if (args.get(0).equals("ingest") || args.get(0).equals("process")) withEngine(args);
      System.err.println("fathom run: step " + (i + 1) + "/" + steps.size() + ": fathom " + String.join(" ", args));
      CommandLine root = Main.commandLine();
      root.setOut(spec.commandLine().getOut());
      root.setErr(spec.commandLine().getErr());
      int code = root.execute(args.toArray(String[]::new));
      if (code != 0) {
        System.err.println("fathom run: step " + (i + 1) + " (" + args.get(0) + ") ended with exit code " + code + "; stopping");
        return code;
      }
    }
    System.err.println("fathom run: " + steps.size() + " steps done");
    return 0;
  }

  /**
   * Adds this command's --engine/--master to a job step's arguments, each unless the step names
   * its own (a step's "engine": "local" also keeps it off this command's master).
   */
  private void withEngine(List<String> args) {
    int e = args.indexOf("--engine");
    String stepEngine = e >= 0 && e + 1 < args.size() ? args.get(e + 1) : null;
    if (stepEngine == null && !args.contains("--master")) args.addAll(List.of("--engine", engine.engine().name()));
    if (!args.contains("--master") && engine.master() != null && !"local".equals(stepEngine)) {
      args.addAll(List.of("--master", engine.master()));
    }
  }

  /** The command lines of the pipeline's steps. */
  static List<List<String>> parse(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new SourceAccessException(file.toString(), FathomException.NO_OFFSET, "no such pipeline file");
    } catch (IOException e) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET, "not a readable JSON pipeline: " + e.getMessage().lines().findFirst().orElse(""));
    }
    JsonNode steps = root == null ? null : root.get("steps");
    if (steps == null || !steps.isArray() || steps.isEmpty()) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET, "a pipeline is {\"steps\": [{\"step\": ..., \"config\": ...}, ...]} with at least one step");
    }
    Path base = file.toAbsolutePath().getParent();
    List<List<String>> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int k = 0;
    for (JsonNode s : steps) {
      k++;
      String verb = s.path("step").asText("");
      if (!STEPS.contains(verb)) {
        problems.add("step " + k + ": \"step\" must be one of " + new java.util.TreeSet<>(STEPS) + ", got " + s.get("step"));
        continue;
      }
      if (!s.path("config").isTextual()) {
        problems.add("step " + k + " (" + verb + "): missing \"config\"");
        continue;
      }
      List<String> args = new ArrayList<>();
      args.add(verb);
      args.add(base.resolve(s.get("config").asText()).normalize().toString());
      for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("step") || e.getKey().equals("config")) continue;
        String opt = "--" + e.getKey().replace('_', '-');
        JsonNode v = e.getValue();
        if (v.isBoolean()) {
          if (v.asBoolean()) args.add(opt);
        } else {
          args.add(opt);
          args.add(v.asText());
        }
      }
      out.add(args);
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET, String.join("; ", problems));
    }
    return out;
  }
}

package dev.fathom.graph.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.SharedData;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.DirectorySink;
import dev.fathom.graph.DistpyNames;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.ExecutionPlan;
import dev.fathom.graph.Graph;
import dev.fathom.graph.GraphExecutionException;
import dev.fathom.graph.GraphExecutor;
import dev.fathom.graph.GraphNode;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphProblem;
import dev.fathom.graph.GraphValidationException;
import dev.fathom.graph.GraphValidator;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeListener;
import dev.fathom.graph.PlannedNode;
import dev.fathom.graph.NpyConversion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command and graph case of reference/distpy/manifest.json and compares each node's
 * result, right after it ran, with distpy's stored output under the tolerance class of
 * specs/distpy.md §5 ({@link Tolerance}); writer cases also compare the written .npy files.
 * Prints one line per case and {@code N passed, N failed}.
 *
 * <p>The cases that do not pass are listed here, in one place, and the test asserts the list:
 * a case that starts failing, or a listed case that starts passing, fails the build.
 */
class DistpyParityTest {
  /**
   * distpy commands not implemented yet (DSP-heavy commands, left to the fathom-dsp based
   * commands). Must equal the distpy names the registry lacks.
   */
  static final Set<String> NOT_YET_IMPLEMENTED = Set.of("well_log", "stack", "rgb");

  /**
   * Cases where Fathom deliberately differs from distpy: id to reason. Each is documented in
   * docs/distpy-compatibility.md and has a test of what Fathom does instead
   * (DistpyDeviationsTest).
   */
  static final Map<String, String> DEVIATIONS = new TreeMap<>(Map.ofEntries(
      Map.entry("unknown_command", "unknown command names are a validation error, not a silent NONE"),
      Map.entry("hash__unregistered", "'hash' is unknown (not registered in distpy): a validation error"),
      Map.entry("inplace_aliasing_order1", "value semantics: abs sees the chunk, not the chunk soft_threshold changed in place"),
      Map.entry("data_as_node", "'data' passes its input on instead of yielding a Command object"),
      Map.entry("data_load__file", "the loaded array is the node's result (distpy's result() raises TypeError)"),
      Map.entry("multiply__axis0_vector", "multiply axis 0 returns the product (distpy discards it and returns the chunk)"),
      Map.entry("gather__1d", "a 1-D gathered input becomes a column of values (distpy leaves it zero)"),
      Map.entry("gradient__xaxis_column", "an (nx,1) xaxis is flattened (distpy raises ValueError)"),
      Map.entry("butter__bandpass_list", "band filters work: freq [low, high] with type bandpass (distpy: TypeError)"),
      Map.entry("multiple_calcs__nofunc", "func is required (distpy's default 'NONE' returns the raw chunk)"),
      Map.entry("down_wave", "down_wave attenuates the other two f-k quadrants (distpy's equals up_wave)"),
      Map.entry("write_witsml__noiselog", "write_witsml's result is its input (distpy's is the raw chunk)"),
      Map.entry("kmeans__single", "k-means with other random numbers: another local optimum (checked: inertia within the kernel's tolerance of sklearn's)"),
      Map.entry("kmeans__gather", "k-means with other random numbers: another local optimum (checked: inertia within the kernel's tolerance of sklearn's)"),
      Map.entry("macro__custom2", "the unknown macro step 'bogus' is a validation error (distpy ignores it)")));

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private enum Status { PASS, FAIL, NOT_IMPLEMENTED }

  private record Outcome(Status status, String reason) {}

  @Test
  void everyReferenceCaseAgreesWithDistpyOrIsListed() throws IOException {
    Path manifestFile = SharedData.require("reference/distpy/manifest.json");
    Path root = manifestFile.getParent();
    JsonNode manifest = JSON.readTree(manifestFile.toFile());
    CommandRegistry registry = CommandRegistry.load();
    Map<String, Outcome> outcomes = new TreeMap<>();
    int passed = 0;
    for (JsonNode c : manifest.get("cases")) {
      String kind = c.get("kind").asText();
      if (!kind.equals("command") && !kind.equals("graph")) continue;
      ReferenceCase rc = new ReferenceCase(root, manifest, c);
      Outcome o = run(rc, registry, true);
      outcomes.put(rc.id(), o);
      if (o.status == Status.PASS) passed++;
      String tag = switch (o.status) {
        case PASS -> "PASS";
        case NOT_IMPLEMENTED -> "NOT IMPLEMENTED";
        case FAIL -> DEVIATIONS.containsKey(rc.id()) ? "DEVIATION" : "FAIL";
      };
      System.out.println(tag + " " + rc.id() + (o.reason.isEmpty() ? "" : ": " + o.reason));
    }
    long notImpl = outcomes.values().stream().filter(o -> o.status == Status.NOT_IMPLEMENTED).count();
    long deviations = outcomes.entrySet().stream()
        .filter(e -> e.getValue().status == Status.FAIL && DEVIATIONS.containsKey(e.getKey())).count();
    System.out.println(passed + " passed, " + (outcomes.size() - passed) + " failed ("
        + notImpl + " not implemented yet, " + deviations + " documented deviations)");

    Set<String> missing = new TreeSet<>();
    for (String n : DistpyNames.PUBLIC) if (registry.find(n) == null) missing.add(n);
    for (String n : DistpyNames.PLOT) if (registry.find(n) == null) missing.add(n);
    assertEquals(new TreeSet<>(NOT_YET_IMPLEMENTED), missing,
        "NOT_YET_IMPLEMENTED must list exactly the distpy commands the registry lacks");
    Set<String> unexpected = new TreeSet<>();
    outcomes.forEach((id, o) -> {
      if (o.status == Status.FAIL && !DEVIATIONS.containsKey(id)) unexpected.add(id + " (" + o.reason + ")");
    });
    assertTrue(unexpected.isEmpty(), "cases failing that are not listed as deviations: " + unexpected);
    Set<String> stale = new TreeSet<>();
    DEVIATIONS.keySet().forEach(id -> {
      Outcome o = outcomes.get(id);
      if (o == null || o.status != Status.FAIL) stale.add(id + (o == null ? " (no such case)" : " (" + o.status + ")"));
    });
    assertTrue(stale.isEmpty(), "listed deviations that no longer differ from distpy: remove them: " + stale);
    String doc = Files.readString(Path.of("..", "docs", "distpy-compatibility.md"));
    Set<String> undocumented = new TreeSet<>();
    for (String id : DEVIATIONS.keySet()) if (!doc.contains("`" + id + "`")) undocumented.add(id);
    assertTrue(undocumented.isEmpty(), "deviations not documented in docs/distpy-compatibility.md: " + undocumented);
  }

  /**
   * The band-energy cases again with every node computed and seen (as {@code graph run
   * --dump-nodes} does), so that the spectrum is materialised and the unfused path of fft,
   * rms_from_fft and multiple_calcs is compared with distpy too.
   */
  @Test
  void bandEnergyCasesAgreeWithoutFusion() throws IOException {
    Path manifestFile = SharedData.require("reference/distpy/manifest.json");
    JsonNode manifest = JSON.readTree(manifestFile.toFile());
    CommandRegistry registry = CommandRegistry.load();
    Set<String> unexpected = new TreeSet<>();
    int ran = 0;
    for (JsonNode c : manifest.get("cases")) {
      String kind = c.get("kind").asText();
      if (!kind.equals("command") && !kind.equals("graph")) continue;
      String cmds = c.path("graph").path("command_list").toString();
      if (!cmds.contains("\"rms_from_fft\"") && !cmds.contains("\"multiple_calcs\"")) continue;
      ReferenceCase rc = new ReferenceCase(manifestFile.getParent(), manifest, c);
      Outcome o = run(rc, registry, false);
      ran++;
      if (o.status != Status.PASS && !DEVIATIONS.containsKey(rc.id())) unexpected.add(rc.id() + " (" + o.reason + ")");
    }
    System.out.println(ran + " band-energy cases without fusion, " + unexpected.size() + " unexpected failures");
    assertTrue(ran >= 15, "band-energy cases found: " + ran);
    assertTrue(unexpected.isEmpty(), "band-energy cases failing without fusion: " + unexpected);
  }

  /**
   * Runs one case. With {@code fuse} the listener needs only the nodes distpy recorded, so the
   * executor may fuse the others away (an fft read only by band energies, InputFusion); without,
   * every node is computed and compared.
   */
  private Outcome run(ReferenceCase rc, CommandRegistry registry, boolean fuse) throws IOException {
    Graph graph;
    ExecutionPlan plan;
    try {
      graph = GraphParser.fromJson(rc.graph(), rc.id());
      plan = new GraphValidator(registry).validate(graph);
    } catch (GraphValidationException e) {
      Set<String> unavailable = new TreeSet<>();
      boolean onlyUnavailable = true;
      for (GraphProblem p : e.problems()) {
        if (p.node() != null && p.message().contains("not available in this Fathom build")) {
          unavailable.add(p.node().name());
        } else {
          onlyUnavailable = false;
        }
      }
      if (onlyUnavailable && !unavailable.isEmpty()) {
        return new Outcome(Status.NOT_IMPLEMENTED, "needs " + String.join(", ", unavailable));
      }
      return rc.expectsError()
          ? new Outcome(Status.PASS, "rejected at validation (distpy: " + rc.errorText() + "): " + e.getMessage())
          : new Outcome(Status.FAIL, "validation: " + e.getMessage());
    }
    Path out = Files.createDirectories(tmp.resolve(rc.id()));
    NdArray chunk = rc.chunk();
    ExecutionContext ctx = ExecutionContext.forChunk(
        chunk, rc.prf(), rc.xaxis(), null, rc.t0(), graph.boxSize(), new DirectorySink(out));
    Tolerance[] tol = new Tolerance[graph.nodes().size() + 1];
    tol[0] = Tolerance.EXACT;
    boolean float32 = chunk.dtype().isSingle();
    for (PlannedNode p : plan.nodes()) {
      GraphNode node = p.node();
      Tolerance t = Tolerance.of(node.name(), float32, node.params().containsKey("smooth"));
      t = t.max(tol[node.inUid()]);
      for (int g : node.gatherUids()) t = t.max(tol[g]);
      tol[node.position()] = t;
    }
    List<String> problems = new ArrayList<>();
    int[] compared = {0};
    NodeListener listener = new NodeListener() {
      @Override
      public void nodeDone(GraphNode node, NdArray result) {
        String d = compare(rc, node, result, tol[node.position()]);
        if (d != null) problems.add("uid " + node.position() + " " + node.name() + ": " + d);
        compared[0]++;
      }

      @Override
      public boolean needs(GraphNode node) {
        return !fuse || !rc.output(node.position()).isMissingNode();
      }
    };
    try {
      new GraphExecutor(plan).run(chunk, ctx, listener);
    } catch (GraphExecutionException e) {
      if (rc.expectsError() && e.getMessage().contains("uid " + rc.errorUid() + " ")) {
        return problems.isEmpty()
            ? new Outcome(Status.PASS, "fails like distpy (" + rc.errorText() + "): " + e.getMessage())
            : new Outcome(Status.FAIL, String.join("; ", problems));
      }
      return new Outcome(Status.FAIL, "execution: " + e.getMessage());
    }
    if (rc.expectsError()) {
      problems.add("distpy fails at uid " + rc.errorUid() + " (" + rc.errorText() + "), Fathom ran");
    }
    Tolerance loosest = Tolerance.EXACT;
    for (Tolerance t : tol) loosest = t == null ? loosest : loosest.max(t);
    problems.addAll(compareWritten(rc, out, loosest));
    return problems.isEmpty()
        ? new Outcome(Status.PASS, compared[0] + " nodes")
        : new Outcome(Status.FAIL, String.join("; ", problems));
  }

  private static String compare(ReferenceCase rc, GraphNode node, NdArray result, Tolerance t) {
    JsonNode exp = rc.output(node.position());
    if (exp.isMissingNode()) return null;
    if (exp.has("object")) return "distpy's result is a " + exp.get("object").asText() + ", not an array";
    if (exp.has("error")) return "distpy's result() raised: " + exp.get("error").asText();
    Path file;
    if (exp.has("value")) {
      file = rc.mutatedInput(); // running_mean: distpy returns None and writes into its input
      if (file == null) return "distpy's result is None";
    } else {
      file = rc.root().resolve(exp.get("file").asText());
    }
    Path alt = rc.altFile(node.position());
    if (alt != null && ArrayComparison.difference(result, NpyConversion.read(alt), Tolerance.LINEAR) == null) {
      return null;
    }
    return ArrayComparison.difference(result, NpyConversion.read(file), t);
  }

  private static List<String> compareWritten(ReferenceCase rc, Path out, Tolerance tol) throws IOException {
    List<String> problems = new ArrayList<>();
    List<JsonNode> written = new ArrayList<>();
    rc.json().path("written_files").forEach(written::add);
    rc.json().path("written_files_harness").forEach(written::add);
    for (JsonNode w : written) {
      String path = w.asText();
      int at = path.indexOf("/written/");
      if (at < 0) continue;
      Path ours = out.resolve(path.substring(at + "/written/".length()));
      Path ref = rc.root().resolve(path);
      if (!Files.exists(ours)) {
        problems.add("not written: " + out.relativize(ours));
      } else if (path.endsWith(".npy")) {
        String d = ArrayComparison.difference(NpyConversion.read(ours), NpyConversion.read(ref), tol);
        if (d != null) problems.add(out.relativize(ours) + ": " + d);
      } else if (path.endsWith(".fbe")) {
        String d = TextComparison.difference(Files.readString(ours), Files.readString(ref), tol);
        if (d != null) problems.add(out.relativize(ours) + ": " + d);
      }
    }
    return problems;
  }
}

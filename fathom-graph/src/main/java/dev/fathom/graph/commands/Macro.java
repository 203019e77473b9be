package dev.fathom.graph.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * distpy {@code macro} (MacroCommand, specs/distpy.md §1.6): a mini pipeline inside one node,
 * {@code traces = in; for step in command_list: traces = step(traces)}, each step one of the
 * {@link MacroOp}s with arguments {@code axis} (0), {@code distance} (5), {@code sigma} (2),
 * {@code threshold} (0). The default list is abs, normalize, gaussian_filter, gradient,
 * threshold, median_filter, percentage_on, sum (a 0-d result). distpy ignores unknown step names
 * (the step returns its input); here they are validation errors.
 */
final class Macro extends AbstractCommand {
  private static final Set<String> STEP_KEYS = Set.of("name", "axis", "distance", "sigma", "threshold", "zone_index", "suffix");
  private static final JsonNode DEFAULT_STEPS = defaultSteps();

  Macro() {
    super("macro", "a list of steps (abs, normalize, gaussian_filter, gradient, threshold, median_filter, percentage_on, sum) in one node",
        new ParamSpec("command_list", ParamType.JSON, DEFAULT_STEPS, false, false, List.of(),
            "steps {name, axis (0), distance (5), sigma (2), threshold (0)}", null));
  }

  private static JsonNode defaultSteps() {
    ObjectMapper m = new ObjectMapper();
    var list = m.createArrayNode();
    for (String n : List.of("abs", "normalize", "gaussian_filter", "gradient", "threshold", "median_filter", "percentage_on", "sum")) {
      list.addObject().put("name", n);
    }
    return list;
  }

  @Override
  public void check(Params p, List<String> problems) {
    JsonNode steps = p.getJson("command_list");
    if (!steps.isArray()) {
      problems.add("command_list must be a list of steps, got " + steps);
      return;
    }
    for (int k = 0; k < steps.size(); k++) {
      JsonNode s = steps.get(k);
      String where = "macro step " + (k + 1) + ": ";
      if (!s.isObject() || !s.path("name").isTextual()) {
        problems.add(where + "must be an object with a name, got " + s);
        continue;
      }
      if (MacroOp.byName(s.get("name").asText()) == null) {
        problems.add(where + "unknown step '" + s.get("name").asText() + "' (known: abs, gaussian_filter, gradient, "
            + "normalize, percentage_on, sum, threshold, median_filter)");
      }
      for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!STEP_KEYS.contains(key)) problems.add(where + "unknown key '" + key + "'");
      }
      for (String key : List.of("axis", "distance")) {
        if (s.has(key) && !(s.get(key).isNumber() && s.get(key).asDouble() == Math.rint(s.get(key).asDouble()))) {
          problems.add(where + key + " must be an integer, got " + s.get(key));
        }
      }
      for (String key : List.of("sigma", "threshold")) {
        if (s.has(key) && !s.get(key).isNumber()) problems.add(where + key + " must be a number, got " + s.get(key));
      }
    }
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray traces = in.primary();
    for (JsonNode s : steps(p)) {
      MacroOp.Args args = new MacroOp.Args(
          s.path("axis").asInt(0), s.path("distance").asInt(5), s.path("sigma").asDouble(2), s.path("threshold").asDouble(0),
          ctx.threads());
      traces = MacroOp.byName(s.get("name").asText()).apply(traces, args);
    }
    return traces;
  }

  private static List<JsonNode> steps(Params p) {
    List<JsonNode> l = new ArrayList<>();
    p.getJson("command_list").forEach(l::add);
    return l;
  }
}

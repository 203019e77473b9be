package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation before any data: every problem at once, each with the node's uid and name. */
class GraphValidatorTest {
  private static final CommandRegistry REGISTRY = CommandRegistry.load();

  private static List<String> problems(String json) {
    GraphValidationException e = assertThrows(GraphValidationException.class,
        () -> new GraphValidator(REGISTRY).validate(GraphParser.parse(json, "g.json")));
    return e.problems().stream().map(GraphProblem::toString).toList();
  }

  @Test
  void reportsEveryProblemAtOnceWithUidAndName() {
    List<String> p = problems("""
        {"command_list": [
          {"name": "fft_x", "uid": 1, "in_uid": 0},
          {"name": "mean", "uid": 7, "in_uid": 0},
          {"name": "abs", "uid": 3, "in_uid": 4},
          {"name": "add", "uid": 4, "in_uid": 0, "gather_uids": [9]},
          {"name": "lin_transform", "uid": 5, "in_uid": 0, "m": "two", "q": 1},
          {"name": "abs", "uid": 6}
        ]}""");
    assertEquals(7, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("node uid 1 'fft_x': unknown command 'fft_x'"), p.get(0));
    assertTrue(p.get(0).contains("known commands: NONE, abs"), p.get(0));
    assertTrue(p.get(1).startsWith("node uid 7 'mean': uid 7 is not its position 2"), p.get(1));
    assertEquals("node uid 3 'abs': in_uid 4 does not refer to an earlier node (it must be 0 for the chunk or 1..2)", p.get(2));
    assertTrue(p.get(3).startsWith("node uid 4 'add': gather_uids entry 9 does not refer to an earlier node"), p.get(3));
    assertTrue(p.get(4).startsWith("node uid 5 'lin_transform': unknown parameter 'q' (known: m, c)"), p.get(4));
    assertEquals("node uid 5 'lin_transform': parameter 'm' must be a number, got \"two\"", p.get(5));
    assertEquals("node uid 6 'abs': in_uid is missing: every command needs an input (0 = the chunk)", p.get(6));
  }

  @Test
  void suggestsTheClosestName() {
    assertTrue(problems("{\"command_list\": [{\"name\": \"std_deviation\", \"uid\": 1, \"in_uid\": 0}]}").get(0)
        .contains("(did you mean 'std_dev'?)"));
    assertTrue(problems("{\"command_list\": [{\"name\": \"mean\", \"uid\": 1, \"in_uid\": 0, \"axes\": 1}]}").get(0)
        .contains("unknown parameter 'axes' (known: axis) (did you mean 'axis'?)"));
  }

  @Test
  void numbersBelowTheirMinimumAreRejected() {
    assertEquals(List.of("node uid 1 'downsample': parameter 'xsample' must be at least 1, got 0"),
        problems("{\"command_list\": [{\"name\": \"downsample\", \"uid\": 1, \"in_uid\": 0, \"xsample\": 0}]}"));
  }

  @Test
  void distpyCommandsNotBuiltAreNamedAsSuch() {
    assertEquals(List.of("node uid 1 'well_log': command 'well_log' of distpy is not available in this Fathom build"),
        problems("{\"command_list\": [{\"name\": \"well_log\", \"uid\": 1, \"in_uid\": 0}]}"));
  }

  @Test
  void gatherUseIsChecked() {
    assertEquals(List.of("node uid 1 'add': add needs gather_uids (its secondary input)"),
        problems("{\"command_list\": [{\"name\": \"add\", \"uid\": 1, \"in_uid\": 0}]}"));
    assertEquals(List.of("node uid 1 'abs': gather_uids given, but abs reads no secondary input"),
        problems("{\"command_list\": [{\"name\": \"abs\", \"uid\": 1, \"in_uid\": 0, \"gather_uids\": [0]}]}"));
  }

  @Test
  void negativeGatherEntriesMeanNoneAsInDistpy() {
    ExecutionPlan plan = new GraphValidator(REGISTRY).validate(GraphParser.parse(
        "{\"command_list\": [{\"name\": \"rescale\", \"uid\": 1, \"in_uid\": 0, \"gather_uids\": [-1]}]}", "g"));
    assertEquals(List.of(), plan.nodes().get(0).node().gatherUids());
  }

  @Test
  void keysTheRunSetsAreRejected() {
    assertEquals(List.of("node uid 1 'abs': 'prf' is set by the run (prf, axes, chunk time), not by the graph"),
        problems("{\"command_list\": [{\"name\": \"abs\", \"uid\": 1, \"in_uid\": 0, \"prf\": 100}]}"));
  }

  @Test
  void requiredAndChoiceParametersOfPluggedCommands() {
    Command c = new Command() {
      @Override public String name() { return "custom"; }
      @Override public String summary() { return "test"; }
      @Override public List<ParamSpec> parameters() {
        return List.of(ParamSpec.required("k", ParamType.INT, "a count"),
            ParamSpec.choice("mode", "boundary", "reflect", "nearest"));
      }
      @Override public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) { return in.primary(); }
    };
    GraphValidationException e = assertThrows(GraphValidationException.class,
        () -> new GraphValidator(CommandRegistry.of(List.of(c))).validate(GraphParser.parse(
            "{\"command_list\": [{\"name\": \"custom\", \"uid\": 1, \"in_uid\": 0, \"mode\": \"reflekt\"}]}", "g")));
    assertEquals(List.of(
        "node uid 1 'custom': missing required parameter 'k' (integer)",
        "node uid 1 'custom': parameter 'mode' must be one of [reflect, nearest], got \"reflekt\" (did you mean 'reflect'?)"),
        e.problems().stream().map(GraphProblem::toString).toList());
  }

  @Test
  void malformedAndNonGraphJsonAreValidationErrors() {
    GraphValidationException e = assertThrows(GraphValidationException.class,
        () -> GraphParser.parse("{\"command_list\": [ {\"name\": \"abs\",, } ]}", "bad.json"));
    assertTrue(e.getMessage().startsWith("bad.json: 1 problem: malformed JSON at line 1, column "), e.getMessage());
    assertEquals("x: 1 problem: command_list must be a list of commands, got nothing",
        assertThrows(GraphValidationException.class, () -> GraphParser.parse("{}", "x")).getMessage());
    assertEquals("x: 1 problem: a graph must be a JSON object with a command_list, got a list",
        assertThrows(GraphValidationException.class, () -> GraphParser.parse("[1]", "x")).getMessage());
    assertTrue(problems("{\"command_list\": [3, {\"name\": 4, \"uid\": \"1\", \"in_uid\": 0}]}").containsAll(List.of(
        "node position 1 '?': a command must be a JSON object, got number 3",
        "node position 2 '?': name must be a string, got 4",
        "node position 2 '?': uid must be an integer, got \"1\"")));
    assertEquals("x: 1 problem: command_list is empty",
        assertThrows(GraphValidationException.class,
            () -> new GraphValidator(REGISTRY).validate(GraphParser.parse("{\"command_list\": []}", "x"))).getMessage());
  }
}

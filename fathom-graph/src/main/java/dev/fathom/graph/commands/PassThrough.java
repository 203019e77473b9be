package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;

/**
 * Commands whose result is their input: distpy's {@code NONE}, {@code to_gpu}/{@code from_gpu}
 * (identity without cupy, specs/distpy.md §1.11), {@code copy} (a deep copy in distpy; values
 * are immutable here) and {@code data} (distpy wraps the previous Command object, which no later
 * command can use; here it passes its input on — docs/distpy-compatibility.md).
 */
final class PassThrough extends AbstractCommand {
  PassThrough(String name, String summary) {
    super(name, summary);
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    return in.primary();
  }
}

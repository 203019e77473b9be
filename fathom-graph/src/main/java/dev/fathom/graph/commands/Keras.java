package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code keras} (KerasCommand): without a {@code filename} the input passes through;
 * running or training a Keras model is not supported in Fathom (a clear error instead of
 * distpy's TypeError without Keras). As in distpy, {@code gather_uids} (the training targets) is
 * required.
 */
final class Keras extends AbstractCommand {
  Keras() {
    super("keras", "pass-through; Keras models (filename) are not supported", GatherUse.REQUIRED,
        ParamSpec.optional("filename", ParamType.STRING, null, "Keras model file: not supported").orNull(),
        ParamSpec.optional("train", ParamType.JSON, null, "training options: not supported").orNull());
  }

  @Override
  public void check(Params p, java.util.List<String> problems) {
    if (!p.isNull("filename")) problems.add("Keras models are not supported by Fathom (filename " + p.getString("filename") + ")");
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    if (!p.isNull("filename")) throw new CommandException("Keras models are not supported");
    return in.primary();
  }
}

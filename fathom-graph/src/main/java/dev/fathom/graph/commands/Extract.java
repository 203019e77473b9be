package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code extract} (ExtractCommand): axis 0 takes channel {@code index} (row), any other
 * axis time sample {@code index} (column); the result is a column, {@code (nt, 1)} or
 * {@code (nx, 1)}.
 */
final class Extract extends AbstractCommand {
  Extract() {
    super("extract", "one channel (axis 0) or one time sample (axis 1) as a column (n, 1)",
        ParamSpec.optional("index", ParamType.INT, 0, "row (axis 0) or column (axis 1) index; negative counts from the end"),
        ParamSpec.optional("axis", ParamType.INT, 1, "0: a channel, otherwise a time sample"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    boolean row = p.getInt("axis") == 0;
    int n = row ? a.rows() : a.cols();
    int index = p.getInt("index");
    int k = index < 0 ? index + n : index;
    if (k < 0 || k >= n) {
      throw new CommandException("index " + index + " is out of bounds for axis " + (row ? 0 : 1) + " with size " + n);
    }
    NdArray s = row ? Slices.slice(a, k, k + 1, 0, a.cols()) : Slices.slice(a, 0, a.rows(), k, k + 1);
    return s.reshape(s.size(), 1);
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code multiply} (MultiplyCommand, specs/distpy.md §2.2): same shapes multiply
 * element-wise; otherwise {@code axis 1} scales column j by {@code g0.flatten()[j]}
 * ({@code einsum('ij,j->ij')}) and {@code axis 0} scales row i by {@code g0.flatten()[i]};
 * without an axis the input passes through unchanged (as in distpy). distpy computes the axis-0
 * product and discards it (its result is the raw chunk); here the product is the result
 * (docs/distpy-compatibility.md).
 */
final class Multiply extends AbstractCommand {
  Multiply() {
    super("multiply", "in * gathered input; a vector scales rows (axis 0) or columns (axis 1)",
        GatherUse.REQUIRED,
        ParamSpec.optional("axis", ParamType.INT, null, "for a vector g0: 0 scales rows, 1 scales columns; "
            + "null: different shapes pass the input through").orNull());
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = in.primary();
    NdArray g = in.first();
    if (java.util.Arrays.equals(a.shape(), g.shape())) return Broadcast.apply(a, g, Broadcast.MULTIPLY);
    if (p.isNull("axis")) return a;
    Inputs.require2d(a, name());
    int axis = Inputs.axis2d(p.getInt("axis"), name());
    int n = a.shape(axis);
    if (g.size() != n) {
      throw new CommandException("axis " + axis + " needs a gathered input of " + n + " values, got shape "
          + g.shapeString());
    }
    NdArray vector = g.reshape(axis == 0 ? new int[] {n, 1} : new int[] {1, n});
    return Broadcast.apply(a, vector, Broadcast.MULTIPLY);
  }
}

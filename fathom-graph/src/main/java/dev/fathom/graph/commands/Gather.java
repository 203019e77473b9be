package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;
import java.util.ArrayList;
import java.util.List;

/**
 * distpy {@code gather} (GatherCommand, specs/distpy.md §2.2): the input and every gathered
 * result side by side along axis 1 ({@code hstack}): {@code (nx, nt + sum of columns)}. A 1-D
 * gathered array {@code (nx,)} is one column. distpy leaves that column zero and casts
 * everything to the input's dtype (dropping imaginary parts); here 1-D inputs are copied and
 * the dtype is promoted (docs/distpy-compatibility.md).
 */
final class Gather extends AbstractCommand {
  Gather() {
    super("gather", "in and the gathered results side by side along time (hstack)", GatherUse.REQUIRED);
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    List<NdArray> parts = new ArrayList<>();
    parts.add(Inputs.require2d(in.primary(), name()));
    for (NdArray g : in.gathered()) parts.add(g.ndim() == 1 ? g.as2d(true) : Inputs.require2d(g, name()));
    int nx = parts.get(0).rows();
    int cols = 0;
    DType t = parts.get(0).dtype();
    for (NdArray g : parts) {
      if (g.rows() != nx) {
        throw new CommandException("cannot gather shape " + g.shapeString() + " beside " + nx + " rows");
      }
      cols += g.cols();
      t = DType.promote(t, g.dtype());
    }
    double[] re = new double[nx * cols];
    double[] im = t.isComplex() ? new double[nx * cols] : null;
    int c0 = 0;
    for (NdArray g : parts) {
      for (int i = 0; i < nx; i++) {
        for (int j = 0; j < g.cols(); j++) {
          re[i * cols + c0 + j] = g.get(i, j);
          if (im != null) im[i * cols + c0 + j] = g.getIm(i, j);
        }
      }
      c0 += g.cols();
    }
    return NdArray.wrap(t, new int[] {nx, cols}, re, im);
  }
}

package dev.fathom.graph.commands;

import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.Params;

/**
 * A command that runs a fathom-dsp kernel on the rows {@code [nx][nt]} of a real 2-D input and
 * returns an array of the same shape (ndimage filters, STA/LTA, Wiener, dip filter). Kernel
 * argument errors ({@link IllegalArgumentException}) become errors naming the node.
 */
abstract class RowsFilter extends AbstractCommand {
  RowsFilter(String name, String summary, ParamSpec... params) {
    super(name, summary, params);
  }

  /** The filtered rows. */
  abstract double[][] filter(double[][] rows, Params p, ExecutionContext ctx);

  @Override
  public final NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
    try {
      return NdArray.fromRows(a.dtype().toFloating(), filter(a.toRows(), p, ctx));
    } catch (IllegalArgumentException e) {
      throw new CommandException(e.getMessage(), e);
    }
  }

  /** scipy.ndimage's boundary-mode parameter, distpy's default {@code constant} unless given. */
  static ParamSpec mode(String dflt) {
    String[] all = {"constant", "reflect", "nearest", "mirror", "wrap"};
    String[] ordered = new String[all.length];
    ordered[0] = dflt;
    int k = 1;
    for (String m : all) if (!m.equals(dflt)) ordered[k++] = m;
    return ParamSpec.choice("mode", "scipy.ndimage boundary mode", ordered);
  }

  static BoundaryMode mode(Params p) {
    return BoundaryMode.parse(p.getString("mode"));
  }
}

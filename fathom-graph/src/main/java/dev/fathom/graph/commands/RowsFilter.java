package dev.fathom.graph.commands;

import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.Params;

/**
 * A command that runs a fathom-dsp kernel on a real 2-D input {@code (nx, nt)} (or, where
 * {@code vectors} is set, also on a 1-D one, as scipy allows) and returns an array of the same
 * shape (ndimage filters, STA/LTA, Wiener, dip filter). Kernel argument errors
 * ({@link IllegalArgumentException}) become errors naming the node.
 */
abstract class RowsFilter extends AbstractCommand {
  private final boolean vectors;

  RowsFilter(String name, String summary, boolean vectors, ParamSpec... params) {
    super(name, summary, params);
    this.vectors = vectors;
  }

  /** The filtered array (same shape; the dtype is the filter's to choose). */
  abstract NdArray filter(NdArray a, Params p, ExecutionContext ctx);

  @Override
  public final NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(in.primary(), name());
    if (!(vectors && a.ndim() == 1)) Inputs.require2d(a, name());
    try {
      return filter(a, p, ctx);
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

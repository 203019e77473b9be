package dev.fathom.graph.commands;

import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code lin_transform}: {@code m*in + c} (pub_command_set.LinearTransformCommand). The
 * scalars are Python floats, so numpy 2 keeps float32/complex input types (NEP 50) and rounds
 * after each operation; integer input becomes float64.
 */
final class LinTransform extends AbstractCommand {
  LinTransform() {
    super("lin_transform", "m*in + c, element-wise",
        ParamSpec.optional("m", ParamType.NUMBER, 1.0, "slope"),
        ParamSpec.optional("c", ParamType.NUMBER, 0.0, "offset"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = in.primary();
    double m = p.getDouble("m");
    double c = p.getDouble("c");
    DType t = a.dtype().withPythonFloat();
    double[] re = new double[a.size()];
    double[] im = t.isComplex() ? new double[a.size()] : null;
    boolean single = t.isSingle();
    for (int k = 0; k < re.length; k++) {
      double x = m * a.re(k);
      if (single) x = (float) x;
      re[k] = x + c;
      if (im != null) im[k] = m * a.im(k);
    }
    return NdArray.wrap(t, a.shape(), re, im);
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code unwrap}: {@code numpy.unwrap(in, axis)} with period 2π and discontinuity π
 * (specs/distpy.md §2.5.16): {@code d = diff(p)}, {@code m = mod(d + π, 2π) - π} (m = π where
 * m == -π and d &gt; 0), correction {@code m - d} where {@code |d| >= π}, accumulated along the
 * axis. Radians in, radians out.
 */
final class Unwrap extends AbstractCommand {
  Unwrap() {
    super("unwrap", "phase unwrapping along an axis (numpy.unwrap, radians)",
        ParamSpec.optional("axis", ParamType.INT, -1, "axis: 0 depth, 1 or -1 time"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.requireReal(in.primary(), name());
    Lanes lanes = Lanes.of(a, p.getInt("axis"), name());
    return lanes.map(a.dtype().toFloating(), (l, v) -> {
      double[] out = v.clone();
      double cum = 0;
      for (int k = 1; k < v.length; k++) {
        double d = v[k] - v[k - 1];
        double m = pyMod(d + Math.PI, 2 * Math.PI) - Math.PI;
        if (m == -Math.PI && d > 0) m = Math.PI;
        cum += Math.abs(d) < Math.PI ? 0 : m - d;
        out[k] = v[k] + cum;
      }
      return out;
    });
  }

  /** numpy.mod (floor modulo: the sign of the divisor), as npy_divmod computes it. */
  static double pyMod(double a, double b) {
    double mod = a % b;
    if (mod != 0) {
      if ((b < 0) != (mod < 0)) mod += b;
    } else {
      mod = Math.copySign(0.0, b);
    }
    return mod;
  }
}

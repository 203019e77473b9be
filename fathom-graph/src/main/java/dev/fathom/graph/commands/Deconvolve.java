package dev.fathom.graph.commands;

import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code deconvolve} (DeconvolveCommand): frequency-domain deconvolution of {@code in} by
 * the gathered spectrum {@code g}: {@code (in·conj(g)) / (g·conj(g) + tolerance)}, element-wise
 * with numpy broadcasting and numpy's complex division (Smith's algorithm). No FFT is done here.
 */
final class Deconvolve extends AbstractCommand {
  Deconvolve() {
    super("deconvolve", "(in * conj(g)) / (g * conj(g) + tolerance) for spectra in and gathered g", GatherUse.REQUIRED,
        ParamSpec.optional("tolerance", ParamType.NUMBER, 1e-6, "added to |g|^2 (water level)"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    double tol = p.getDouble("tolerance");
    NdArray r = Broadcast.apply(in.primary(), in.first(), (ar, ai, br, bi, o) -> {
      double nr = ar * br - ai * -bi;        // in * conj(g)
      double ni = ar * -bi + ai * br;
      double dr = br * br - bi * -bi + tol;  // g * conj(g) + tolerance
      double di = br * -bi + bi * br;
      divide(nr, ni, dr, di, o);
    });
    return r.isComplex() ? r : r.astype(DType.FLOAT64);
  }

  /** numpy's complex division (npy_cdiv, Smith's method). */
  static void divide(double ar, double ai, double br, double bi, double[] out) {
    double absR = Math.abs(br);
    double absI = Math.abs(bi);
    if (absR >= absI) {
      if (absR == 0 && absI == 0) {
        out[0] = ar / absR;
        out[1] = ai / absR;
      } else {
        double rat = bi / br;
        double scl = 1.0 / (br + bi * rat);
        out[0] = (ar + ai * rat) * scl;
        out[1] = (ai - ar * rat) * scl;
      }
    } else {
      double rat = br / bi;
      double scl = 1.0 / (bi + br * rat);
      out[0] = (ar * rat + ai) * scl;
      out[1] = (ai * rat - ar) * scl;
    }
  }
}

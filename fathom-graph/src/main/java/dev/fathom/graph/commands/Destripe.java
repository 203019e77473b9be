package dev.fathom.graph.commands;

import dev.fathom.dsp.Parallel;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code destripe} (extra_numpy.destripe, specs/distpy.md §2.4.7): removes stripes along
 * the time axis with the f-k weight {@code Ry = k^2 / (f^2 + k^2 + 1e-6)} (floored at 1e-6) on
 * distpy's normalised, mirrored grids ({@code linspace(0, 0.5, n//2)}):
 * {@code real(ifft2(fft2(in) * Ry))}. {@code axis} other than 0 applies it to the transpose.
 * Computed by fathom-dsp's {@code fk.Destripe}.
 */
final class Destripe extends AbstractCommand {
  Destripe() {
    super("destripe", "suppress stripes by the f-k weight k^2/(f^2+k^2) (0: along depth; 1: on the transpose)",
        ParamSpec.optional("axis", ParamType.INT, 0, "0 as given; any other value works on the transpose"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    return NdArray.fromRows(DType.FLOAT64,
        dev.fathom.dsp.fk.Destripe.apply(Inputs.requireReal(a, name()).toRows(), p.getInt("axis") == 0 ? 0 : 1,
            Parallel.defaultThreads()));
  }
}

package dev.fathom.graph.commands;

import dev.fathom.dsp.fft.Fft;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code fft} / {@code ifft} (FFTCommand, IFFTCommand): {@code numpy.fft.fft(in, axis)},
 * unnormalised, and {@code numpy.fft.ifft(in, axis)} with {@code 1/n} (specs/distpy.md §2.4.1),
 * computed in double precision by fathom-dsp. Axis 1 gives complex128 (distpy fills a
 * pre-allocated complex128 array); axis 0 follows numpy 2's dtype rule (complex64 for float32 or
 * complex64 input). numpy ≥ 2 transforms float32 data in single precision, so such results
 * agree with distpy to ~1e-7 relative, and to ~1e-12 with numpy 1.x (§5).
 */
final class FftCommand extends AbstractCommand {
  private final boolean inverse;

  private FftCommand(boolean inverse) {
    super(inverse ? "ifft" : "fft",
        inverse ? "inverse complex FFT along an axis (numpy.fft.ifft, 1/n)" : "complex FFT along an axis (numpy.fft.fft, no normalisation)",
        ParamSpec.optional("axis", ParamType.INT, 1, "axis: 1 time (to frequency), 0 depth (to wavenumber)"));
    this.inverse = inverse;
  }

  static FftCommand forward() {
    return new FftCommand(false);
  }

  static FftCommand inverse() {
    return new FftCommand(true);
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    int axis = Inputs.axis2d(p.getInt("axis"), name());
    double[][] z = Spectra.interleaved(a);
    double[][] out = inverse ? Fft.ifft(z, axis) : Fft.fft(z, axis);
    DType t = axis == 1 || !a.dtype().isSingle() ? DType.COMPLEX128 : DType.COMPLEX64;
    return Spectra.fromInterleaved(out, t);
  }
}

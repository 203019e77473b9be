package dev.fathom.graph.commands;

import dev.fathom.dsp.Parallel;
import dev.fathom.dsp.fft.Fft;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import java.nio.DoubleBuffer;

/**
 * distpy {@code fft} / {@code ifft} (FFTCommand, IFFTCommand): {@code numpy.fft.fft(in, axis)},
 * unnormalised, and {@code numpy.fft.ifft(in, axis)} with {@code 1/n} (specs/distpy.md §2.4.1),
 * computed in double precision by fathom-dsp, rows (axis 1) or columns (axis 0) split over the
 * context's threads; a real input is transformed as real ({@link Fft#fftOfReal}). Axis 1 gives
 * complex128 (distpy fills a pre-allocated complex128 array); axis 0 follows numpy 2's dtype rule
 * (complex64 for float32 or complex64 input). numpy ≥ 2 transforms float32 data in single precision, so such results
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

  /** Whether this is {@code ifft}. */
  boolean isInverse() {
    return inverse;
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    int axis = Inputs.axis2d(p.getInt("axis"), name());
    DType t = axis == 1 || !a.dtype().isSingle() ? DType.COMPLEX128 : DType.COMPLEX64;
    int nr = a.rows();
    int nc = a.cols();
    int length = axis == 1 ? nc : nr; // of each transform
    int lanes = axis == 1 ? nr : nc;
    if (length == 0 && lanes > 0) {
      throw new CommandException(name() + " along axis " + axis + " of shape " + a.shapeString()
          + ": the axis is empty (numpy: invalid number of FFT data points (0))");
    }
    boolean real = !a.isComplex() && !inverse;
    double[] re = new double[nr * nc];
    double[] im = new double[nr * nc];
    if (axis == 1) {
      Parallel.forRange(nr, ctx.threads(), (from, to) -> {
        double[] buf = new double[real ? nc : 2 * nc];
        for (int i = from; i < to; i++) {
          double[] z;
          if (real) {
            a.rowInto(i, buf);
            z = Fft.fftOfReal(buf);
          } else {
            a.interleavedRowInto(i, buf);
            z = inverse ? Fft.ifft(buf) : Fft.fft(buf);
          }
          deinterleave(z, re, im, i * nc, 1);
        }
      });
    } else {
      DoubleBuffer ar = a.realView();
      DoubleBuffer ai = a.imagView();
      Parallel.forRange(nc, ctx.threads(), (from, to) -> {
        double[] buf = new double[real ? nr : 2 * nr];
        for (int j = from; j < to; j++) {
          double[] z;
          if (real) {
            for (int i = 0; i < nr; i++) buf[i] = ar.get(i * nc + j);
            z = Fft.fftOfReal(buf);
          } else {
            for (int i = 0; i < nr; i++) {
              buf[2 * i] = ar.get(i * nc + j);
              buf[2 * i + 1] = ai == null ? 0 : ai.get(i * nc + j);
            }
            z = inverse ? Fft.ifft(buf) : Fft.fft(buf);
          }
          deinterleave(z, re, im, j, nc);
        }
      });
    }
    return NdArray.wrap(t, new int[] {nr, nc}, re, im);
  }

  /** Interleaved {@code z} into {@code re/im[offset + k·stride]}. */
  private static void deinterleave(double[] z, double[] re, double[] im, int offset, int stride) {
    int n = z.length / 2;
    for (int k = 0, o = offset; k < n; k++, o += stride) {
      re[o] = z[2 * k];
      im[o] = z[2 * k + 1];
    }
  }
}

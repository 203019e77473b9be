package dev.fathom.graph.commands;

import dev.fathom.dsp.fk.WaveSeparation;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;

/**
 * distpy {@code up_wave} / {@code down_wave} (extra_numpy, specs/distpy.md §2.4.8): the input is
 * a 2-D FFT {@code D} ({@code m x n}); two opposite quadrants are attenuated by
 * {@code SMALL·(1 - SMALL)}, {@code SMALL = 1e-6} (two multiplications, as distpy does), and the
 * result is {@code ifft2(D)}, complex128 (fathom-dsp's {@code fk.WaveSeparation}). {@code up_wave}
 * attenuates {@code D[m/2:, :n/2]} and {@code D[:m/2, n/2:]} as distpy. distpy's {@code down_wave}
 * attenuates the same quadrants (it equals {@code up_wave}); here it attenuates the other two,
 * {@code D[:m/2, :n/2]} and {@code D[m/2:, n/2:]}, so that {@code up + down} is the input scaled by
 * {@code 1 + SMALL(1 - SMALL)} (docs/distpy-compatibility.md).
 */
final class UpDownWave extends AbstractCommand {
  private final boolean up;

  private UpDownWave(boolean up) {
    super(up ? "up_wave" : "down_wave",
        up ? "up-going part of a 2-D FFT: two f-k quadrants attenuated, then ifft2"
            : "down-going part of a 2-D FFT: the other two f-k quadrants attenuated, then ifft2");
    this.up = up;
  }

  static UpDownWave up() {
    return new UpDownWave(true);
  }

  static UpDownWave down() {
    return new UpDownWave(false);
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    double[][] d = Spectra.interleaved(Inputs.require2d(in.primary(), name()));
    double[][] z = up ? WaveSeparation.distpyUpWave(d, ctx.threads()) : WaveSeparation.downWave(d, ctx.threads());
    return Spectra.fromInterleaved(z, DType.COMPLEX128);
  }
}

package dev.fathom.graph.commands;

import dev.fathom.dsp.Parallel;
import dev.fathom.dsp.fft.Band;
import dev.fathom.dsp.fft.BandEnergy;
import dev.fathom.dsp.fft.DistpyBands;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import java.util.List;

/**
 * distpy {@code rms_from_fft} and {@code multiple_calcs} (specs/distpy.md §2.3): band energies of
 * a spectrum {@code X = fft(chunk, axis 1)}. Frequencies in Hz map to columns by
 * {@code int(f · nt/prf)} ({@link DistpyBands}); {@code high_freq -1} means Nyquist, exclusive.
 * {@code te_from_fft = P[i1] + 2·Σ P[i1+1..i2-2] + P[i2-1]}; {@code rms_from_fft} is distpy's
 * {@code sqrt(TE)/(2(r-1))} with r the rows of the graph's {@code BOXSIZE} row block — kept,
 * since noise logs depend on it (a 1-row block gives +inf). An empty band (a frequency above
 * Nyquist, e.g. the stock noise log at prf 1000) is an error naming the band, where distpy
 * raised IndexError. {@code multiple_calcs} with {@code func} 'NONE' returned the raw chunk in
 * distpy; here {@code func} must name a band energy.
 */
final class BandEnergyCommand extends AbstractCommand {
  private final boolean multiple;

  private BandEnergyCommand(boolean multiple, ParamSpec... params) {
    super(multiple ? "multiple_calcs" : "rms_from_fft",
        multiple ? "band energies (te_from_fft) or RMS (rms_from_fft) of an FFT, one column per band"
            : "distpy's RMS of one frequency band of an FFT along time, (nx, 1)",
        params);
    this.multiple = multiple;
  }

  static BandEnergyCommand rms() {
    return new BandEnergyCommand(false,
        ParamSpec.optional("low_freq", ParamType.NUMBER, 0, "band start in Hz (inclusive)"),
        ParamSpec.optional("high_freq", ParamType.NUMBER, -1, "band end in Hz (exclusive); -1 or 0: Nyquist"));
  }

  static BandEnergyCommand multiple() {
    return new BandEnergyCommand(true,
        ParamSpec.requiredChoice("func", "te_from_fft: total energy; rms_from_fft: distpy's RMS", "te_from_fft", "rms_from_fft"),
        ParamSpec.optional("low_freq", ParamType.NUMBER_LIST, List.of(0), "band starts in Hz (inclusive)"),
        ParamSpec.optional("high_freq", ParamType.NUMBER_LIST, List.of(0), "band ends in Hz (exclusive); -1: Nyquist"));
  }

  @Override
  public void check(Params p, List<String> problems) {
    if (multiple && p.getDoubles("low_freq").length != p.getDoubles("high_freq").length) {
      problems.add("low_freq and high_freq must have the same number of bands, got "
          + p.getDoubles("low_freq").length + " and " + p.getDoubles("high_freq").length);
    }
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray x = Inputs.require2d(in.primary(), name());
    double[][] z = Spectra.interleaved(x);
    int ncols = x.cols();
    if (!multiple) {
      double low = p.getDouble("low_freq");
      double high = p.getDouble("high_freq");
      Band band = band(() -> DistpyBands.rmsFromFft(low, high, ctx.fRescale(), ncols), low, high, ctx);
      double[] rms = BandEnergy.rmsFromFft(z, band, ctx.boxSize());
      return NdArray.wrap(DType.FLOAT64, new int[] {rms.length, 1}, rms);
    }
    double[] low = p.getDoubles("low_freq");
    double[] high = p.getDoubles("high_freq");
    Band[] bands = new Band[low.length];
    for (int b = 0; b < bands.length; b++) {
      double[] lo = {low[b]};
      double[] hi = {high[b]};
      bands[b] = band(() -> DistpyBands.multipleCalcs(lo, hi, ctx.fRescale(), ncols)[0], lo[0], hi[0], ctx);
    }
    double[][] out;
    if (p.getString("func").equals("te_from_fft")) {
      out = BandEnergy.totalEnergy(z, bands, Parallel.defaultThreads());
    } else {
      out = new double[x.rows()][bands.length];
      for (int b = 0; b < bands.length; b++) {
        double[] r = BandEnergy.rmsFromFft(z, bands[b], ctx.boxSize());
        for (int i = 0; i < r.length; i++) out[i][b] = r[i];
      }
    }
    return NdArray.fromRows(out);
  }

  private static Band band(java.util.function.Supplier<Band> columns, double low, double high, ExecutionContext ctx) {
    try {
      return columns.get();
    } catch (IllegalArgumentException e) {
      throw new CommandException("band " + low + ".." + high + " Hz is empty at prf " + ctx.prf()
          + " Hz with " + ctx.nt() + " samples (Nyquist " + ctx.prf() / 2 + " Hz): " + e.getMessage());
    }
  }
}

package dev.fathom.graph.commands;

import dev.fathom.dsp.fft.Band;
import dev.fathom.dsp.fft.BandEnergy;
import dev.fathom.dsp.fft.DistpyBands;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.FusedInput;
import dev.fathom.graph.InputFusion;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import dev.fathom.graph.PlannedNode;
import java.util.ArrayList;
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
 *
 * <p>Fusion ({@link InputFusion}): when the spectrum is a forward {@code fft} along axis 1 of a
 * real 2-D array that nothing else reads, the energies are computed from that real array with
 * {@link BandEnergy#totalEnergyOfSignal} (the complex spectrum is never built), in one pass shared
 * by every band-energy node reading the same {@code fft}: a float32 array's rows are read by the
 * kernel straight from its storage (no row copies), a float64 array's in blocks of {@link
 * #FUSED_ROWS} rows; the kernel keeps each row's round-off relative to its own energy.
 */
final class BandEnergyCommand extends AbstractCommand implements InputFusion {
  /**
   * Rows per call of the fused kernel on float64 arrays: several of fathom-dsp's row batches, few
   * enough to stay in cache (64 rows of 10 000 samples are 5 MB).
   */
  static final int FUSED_ROWS = 64;

  /** Key of the energies shared by the band-energy readers of one fused {@code fft}. */
  private static final Object SHARED_KEY = BandEnergyCommand.class;

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
    Band[] bands = bands(p, ctx, x.cols());
    double[][] te = new double[x.rows()][];
    RowBlocks.interleaved(x, ctx.threads(), (first, rows) -> {
      double[][] t = BandEnergy.totalEnergy(rows, bands, 1);
      System.arraycopy(t, 0, te, first, t.length);
    });
    return result(te, p, ctx);
  }

  // ---------------------------------------------------------------- fusion with fft

  @Override
  public boolean canFuse(PlannedNode upstream, Params params) {
    if (!(upstream.command() instanceof FftCommand f) || f.isInverse()) return false;
    int axis = upstream.params().getInt("axis");
    return axis == 1 || axis == -1;
  }

  @Override
  public boolean acceptsFused(PlannedNode upstream, NodeInputs upstreamInputs, Params params, ExecutionContext ctx) {
    NdArray x = upstreamInputs.primary();
    return x != null && x.ndim() == 2 && !x.isComplex() && x.rows() > 0 && x.cols() > 0;
  }

  @Override
  public NdArray executeFused(FusedInput in, Params p, ExecutionContext ctx) {
    NdArray x = in.upstreamInputs().primary();
    Band[] mine = bands(p, ctx, x.cols()); // this node's errors first, named after this node
    SignalEnergies all = (SignalEnergies) in.shared().computeIfAbsent(
        SHARED_KEY, k -> SignalEnergies.of(x, union(in, ctx, x.cols(), mine), ctx.threads()));
    return result(all.columns(mine), p, ctx);
  }

  /** Puts a block's energies at rows {@code first...} of {@code te}. */
  private static void store(double[][] block, double[][] te, int first) {
    System.arraycopy(block, 0, te, first, block.length);
  }

  /** The valid bands of every band-energy reader of the fused fft, each once. */
  private static List<Band> union(FusedInput in, ExecutionContext ctx, int ncols, Band[] mine) {
    List<Band> all = new ArrayList<>(List.of(mine));
    for (PlannedNode c : in.consumers()) {
      if (!(c.command() instanceof BandEnergyCommand b)) continue;
      try {
        for (Band band : b.bands(c.params(), ctx, ncols)) if (!all.contains(band)) all.add(band);
      } catch (CommandException e) {
        // that reader reports its own error when it runs
      }
    }
    return all;
  }

  /** Total energies {@code [nx][bands]} of a real chunk's spectrum along time, for a list of bands. */
  private record SignalEnergies(List<Band> bands, double[][] te) {
    static SignalEnergies of(NdArray x, List<Band> bands, int threads) {
      Band[] b = bands.toArray(new Band[0]);
      if (x.dtype() == DType.FLOAT32) {
        // the kernel reads the rows straight from the float32 storage and splits them over threads
        return new SignalEnergies(List.copyOf(bands),
            BandEnergy.totalEnergyOfSignal(x.float32Storage(), x.rows(), x.cols(), b, threads));
      }
      double[][] te = new double[x.rows()][];
      RowBlocks.real(x, FUSED_ROWS, threads, (first, rows) -> store(BandEnergy.totalEnergyOfSignal(rows, b, 1), te, first));
      return new SignalEnergies(List.copyOf(bands), te);
    }

    /** The energies of {@code wanted} (all among {@link #bands}), {@code [nx][wanted]}. */
    double[][] columns(Band[] wanted) {
      int[] col = new int[wanted.length];
      for (int k = 0; k < wanted.length; k++) col[k] = bands.indexOf(wanted[k]);
      double[][] out = new double[te.length][wanted.length];
      for (int i = 0; i < te.length; i++) {
        for (int k = 0; k < col.length; k++) out[i][k] = te[i][col[k]];
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- shared

  /** The column bands of this node's parameters for {@code ncols} FFT columns; CommandException when empty. */
  private Band[] bands(Params p, ExecutionContext ctx, int ncols) {
    if (!multiple) {
      double low = p.getDouble("low_freq");
      double high = p.getDouble("high_freq");
      return new Band[] {band(() -> DistpyBands.rmsFromFft(low, high, ctx.fRescale(), ncols), low, high, ctx)};
    }
    double[] low = p.getDoubles("low_freq");
    double[] high = p.getDoubles("high_freq");
    Band[] bands = new Band[low.length];
    for (int b = 0; b < bands.length; b++) {
      double[] lo = {low[b]};
      double[] hi = {high[b]};
      bands[b] = band(() -> DistpyBands.multipleCalcs(lo, hi, ctx.fRescale(), ncols)[0], lo[0], hi[0], ctx);
    }
    return bands;
  }

  /** The node's result from the total energies {@code te[nx][bands]} of its bands. */
  private NdArray result(double[][] te, Params p, ExecutionContext ctx) {
    int nx = te.length;
    int nb = nx == 0 ? 0 : te[0].length;
    boolean rms = !multiple || p.getString("func").equals("rms_from_fft");
    double[] out = new double[nx * nb];
    for (int b = 0; b < nb; b++) {
      double[] column = new double[nx];
      for (int i = 0; i < nx; i++) column[i] = te[i][b];
      if (rms) column = BandEnergy.distpyRms(column, ctx.boxSize());
      for (int i = 0; i < nx; i++) out[i * nb + b] = column[i];
    }
    if (!multiple) return NdArray.wrap(DType.FLOAT64, new int[] {nx, 1}, out);
    return NdArray.wrap(DType.FLOAT64, new int[] {nx, nb}, out);
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

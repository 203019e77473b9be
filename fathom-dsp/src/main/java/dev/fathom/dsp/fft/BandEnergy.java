package dev.fathom.dsp.fft;

import dev.fathom.dsp.Parallel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Band energies of distpy's noise log (spec §2.3): {@code te_from_fft} and {@code rms_from_fft}
 * with exactly distpy's weights and normalisation, from a complex spectrum or — the fast path —
 * straight from the real time series.
 *
 * <p>{@code te_from_fft} of a band {@code [i1, i2)} with {@code m = i2 − i1} columns and power
 * {@code P = re² + im²}: {@code TE = P[i1] + 2·Σ_{j=i1+1}^{i2−2} P[j] + P[i2−1]} (so {@code m = 1}
 * gives {@code 2·P[i1]}); no {@code 1/nt}.
 *
 * <p>{@code rms_from_fft}: {@code sqrt(TE/nval)/sqrt(nval)} with {@code nval = 2(r − 1)} where
 * {@code r} is the number of <em>rows</em> of the {@code BOXSIZE} row block the row falls in
 * (distpy's {@code reduced_mem} blocks: {@code BOXSIZE}-row blocks while more than {@code BOXSIZE}
 * rows remain, then the rest; a 1-row block gives {@code +inf}).
 */
public final class BandEnergy {
  private BandEnergy() {}

  /** {@code te_from_fft(X[:, band])} per row of an interleaved complex spectrum {@code [nx][2nt]}. */
  public static double[] totalEnergy(double[][] spectrum, Band band) {
    double[][] te = totalEnergy(spectrum, new Band[] {band}, 1);
    double[] out = new double[spectrum.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = te[i][0];
    }
    return out;
  }

  /**
   * {@code te_from_fft} for several bands of an interleaved complex spectrum: {@code [nx][nbands]},
   * the layout of distpy's {@code multiple_calcs} output.
   */
  public static double[][] totalEnergy(double[][] spectrum, Band[] bands, int threads) {
    double[][] out = new double[spectrum.length][bands.length];
    Parallel.forRange(
        spectrum.length,
        threads,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            double[] z = spectrum[i];
            int ncols = z.length / 2;
            for (int b = 0; b < bands.length; b++) {
              checkBand(bands[b], ncols);
              out[i][b] = te(k -> z[2 * k] * z[2 * k] + z[2 * k + 1] * z[2 * k + 1], bands[b]);
            }
          }
        });
    return out;
  }

  /**
   * {@code te_from_fft} of several bands of {@code numpy.fft.fft(x, axis=1)}, computed from the
   * real rows {@code x} without forming the complex spectrum, from the power of bins {@code
   * 0…nt/2} (bins above Nyquist mirror, {@code P[k] = P[nt−k]}). Result {@code [nx][nbands]}.
   * This is the noise-log fast path.
   *
   * <p>For even {@code nt} with {@code nt/2 = 2^a·3^b·5^c} (10 000, 2 000, 1 024, …) the rows go
   * through {@link BatchFft}, {@value BatchFft#LANES} rows at a time (a last group of fewer than
   * {@code LANES/2} rows gets one JTransforms real FFT per row): each row is transformed on its
   * own, so its round-off is relative to its own energy (≈1e-15) whatever its neighbours hold (NaN
   * included), and its result does not depend on the other rows' values nor on {@code threads}. The
   * power of each bin is computed once and added to the sum of the segment of the bands' union it
   * falls in. Noise-log chunk of 5000 × 10 000 float32 samples: 0.20–0.28 s CPU against 0.57–0.65 s
   * for the JTransforms path it replaced (numbers in {@link BatchFft} and {@code
   * docs/benchmarks.md}).
   *
   * <p>Other lengths (or {@code -Dfathom.dsp.batchfft=false}): rows of similar energy are
   * transformed two at a time as the real and imaginary parts of one JTransforms complex FFT (see
   * {@code pairable}); others alone.
   *
   * @throws IllegalArgumentException when a band exceeds the {@code nt} columns or rows differ in
   *     length
   */
  public static double[][] totalEnergyOfSignal(float[][] x, Band[] bands, int threads) {
    int nt = x.length > 0 ? x[0].length : 0;
    if (BatchFft.usable(nt)) {
      return ofSignalBatched(x.length, nt, bands, threads, new BatchLoader() {
        @Override
        public void load(int row0, int rows, BatchFft.Work w) {
          BatchFft.loadRealPairs(x, row0, rows, w);
        }

        @Override
        public void row(int i, double[] into) {
          float[] r = x[i];
          checkedRow(r.length, nt);
          for (int k = 0; k < nt; k++) {
            into[k] = r[k];
          }
        }
      });
    }
    return ofSignal(x.length, RowSource.of(x), bands, threads);
  }

  /**
   * As {@link #totalEnergyOfSignal(float[][], Band[], int)} for the {@code nx} rows of {@code nt}
   * samples held one after the other in {@code data} (C order: row {@code i} is {@code
   * data[i·nt … (i+1)·nt)}, the storage of a float32 {@code (nx, nt)} array). The rows are read
   * straight from {@code data}, without copies; the result is the same, value for value.
   *
   * @throws IllegalArgumentException when {@code data} does not hold {@code nx·nt} values or a band
   *     exceeds the {@code nt} columns
   */
  public static double[][] totalEnergyOfSignal(float[] data, int nx, int nt, Band[] bands, int threads) {
    if (nx < 0 || nt < 0 || (long) nx * nt != data.length) {
      throw new IllegalArgumentException(nx + " rows of " + nt + " samples, but " + data.length + " values");
    }
    if (nx > 0 && BatchFft.usable(nt)) {
      return ofSignalBatched(nx, nt, bands, threads, new BatchLoader() {
        @Override
        public void load(int row0, int rows, BatchFft.Work w) {
          BatchFft.loadRealPairs(data, row0, rows, w);
        }

        @Override
        public void row(int i, double[] into) {
          for (int k = 0, o = i * nt; k < nt; k++) {
            into[k] = data[o + k];
          }
        }
      });
    }
    return ofSignal(nx, RowSource.of(data, nt), bands, threads);
  }

  /** As {@link #totalEnergyOfSignal(float[][], Band[], int)} for float64 rows. */
  public static double[][] totalEnergyOfSignal(double[][] x, Band[] bands, int threads) {
    int nt = x.length > 0 ? x[0].length : 0;
    if (BatchFft.usable(nt)) {
      return ofSignalBatched(x.length, nt, bands, threads, new BatchLoader() {
        @Override
        public void load(int row0, int rows, BatchFft.Work w) {
          BatchFft.loadRealPairs(x, row0, rows, w);
        }

        @Override
        public void row(int i, double[] into) {
          checkedRow(x[i].length, nt);
          System.arraycopy(x[i], 0, into, 0, nt);
        }
      });
    }
    return ofSignal(x.length, RowSource.of(x), bands, threads);
  }

  /**
   * distpy's {@code rms_from_fft} normalisation applied to per-row total energies: {@code
   * sqrt(te/nval)/sqrt(nval)}, {@code nval = 2(r−1)} for the {@code boxSize}-row block of each row.
   *
   * @param te total energy per row ({@code te_from_fft} of the band)
   * @param boxSize distpy's {@code BOXSIZE} (graph key; 500 in the worker)
   */
  public static double[] distpyRms(double[] te, int boxSize) {
    if (boxSize < 1) {
      throw new IllegalArgumentException("BOXSIZE must be >= 1, got " + boxSize);
    }
    int nx = te.length;
    double[] out = new double[nx];
    int start = 0;
    while (start < nx) {
      int end = start + boxSize < nx ? start + boxSize : nx;
      double nval = 2.0 * (end - start - 1);
      for (int i = start; i < end; i++) {
        out[i] = Math.sqrt(te[i] / nval) / Math.sqrt(nval);
      }
      start = end;
    }
    return out;
  }

  /** {@code rms_from_fft(X[:, band])} with distpy's row-block normalisation; one value per row. */
  public static double[] rmsFromFft(double[][] spectrum, Band band, int boxSize) {
    return distpyRms(totalEnergy(spectrum, band), boxSize);
  }

  /** The rows of {@link #ofSignalBatched}: whole batches, or one row as float64. */
  private interface BatchLoader {
    /** Loads rows {@code [row0, row0 + rows)} into a batch. */
    void load(int row0, int rows, BatchFft.Work w);

    /** Row {@code i} as float64 into {@code into} (length {@code nt}). */
    void row(int i, double[] into);
  }

  private static void checkedRow(int length, int nt) {
    if (length != nt) {
      throw new IllegalArgumentException("ragged rows: " + nt + " and " + length);
    }
  }

  /**
   * The fast path for even {@code nt} with {@code nt/2 = 2^a·3^b·5^c}: {@value BatchFft#LANES}
   * rows per {@link BatchFft} batch, power of bins {@code 0…nt/2} only, band sums over the
   * elementary segments of the bands (each bin added once however many bands hold it). A last
   * group of fewer than {@code LANES/2} rows would leave most lanes idle: those rows get one
   * JTransforms real FFT each (as fast per row as a batch for up to about half the lanes).
   */
  private static double[][] ofSignalBatched(
      int nx, int nt, Band[] bands, int threads, BatchLoader loader) {
    for (Band band : bands) {
      checkBand(band, nt);
    }
    BandSegments seg = new BandSegments(bands, nt);
    double[][] out = new double[nx][bands.length];
    int lanes = BatchFft.LANES;
    int rest = nx % lanes;
    int batched = 2 * rest >= lanes ? nx : nx - rest;
    int batches = (batched + lanes - 1) / lanes;
    // batches are taken from a shared counter: a thread slowed down by other work does fewer
    AtomicInteger next = new AtomicInteger();
    Parallel.forRange(
        Math.min(batches, Math.max(1, threads)),
        threads,
        (from, to) -> {
          BatchFft.Work w = BatchFft.work(nt / 2);
          double[][] acc = new double[seg.count()][lanes];
          double[] te = new double[lanes];
          for (int batch; (batch = next.getAndIncrement()) < batches; ) {
            int row0 = batch * lanes;
            int rows = Math.min(lanes, nx - row0);
            loader.load(row0, rows, w);
            for (double[] a : acc) {
              java.util.Arrays.fill(a, 0.0);
            }
            BatchFft.realPower(w, seg.segA, seg.segB, acc);
            for (int b = 0; b < bands.length; b++) {
              seg.bandEnergy(w, acc, b, te);
              for (int r = 0; r < rows; r++) {
                out[row0 + r][b] = te[r];
              }
            }
          }
        });
    Parallel.forRange(
        nx - batched,
        threads,
        (from, to) -> {
          double[] z = new double[nt];
          double[] p = new double[nt / 2 + 1];
          for (int i = batched + from; i < batched + to; i++) {
            loader.row(i, z);
            FftPlans.plan(nt).realForward(z);
            // JTransforms' packed real spectrum (even nt): z[0] = X0, z[1] = X[nt/2], then pairs
            p[0] = z[0] * z[0];
            p[nt / 2] = z[1] * z[1];
            for (int k = 1; k < nt / 2; k++) {
              p[k] = z[2 * k] * z[2 * k] + z[2 * k + 1] * z[2 * k + 1];
            }
            for (int b = 0; b < bands.length; b++) {
              out[i][b] = te(k -> p[k <= nt / 2 ? k : nt - k], bands[b]);
            }
          }
        });
    return out;
  }

  private static double[][] ofSignal(int nx, RowSource src, Band[] bands, int threads) {
    double[][] out = new double[nx][bands.length];
    Parallel.forRange(
        nx,
        threads,
        (from, to) -> {
          double[] z = null;
          double[][] power = new double[2][];
          for (int i = from; i < to; ) {
            double[] first = src.row(i);
            double[] second = i + 1 < to ? src.row(i + 1) : null;
            if (second != null && !pairable(first, second)) second = null;
            int n = first.length;
            if (second != null && second.length != n) {
              throw new IllegalArgumentException("ragged rows: " + n + " and " + second.length);
            }
            if (z == null || z.length != 2 * n) {
              z = new double[2 * n];
              power[0] = new double[n / 2 + 1];
              power[1] = new double[n / 2 + 1];
            }
            for (int k = 0; k < n; k++) {
              z[2 * k] = first[k];
              z[2 * k + 1] = second == null ? 0 : second[k];
            }
            FftPlans.plan(n).complexForward(z);
            splitPower(z, power[0], power[1]);
            for (int r = 0; r < (second == null ? 1 : 2); r++) {
              double[] p = power[r];
              for (int b = 0; b < bands.length; b++) {
                checkBand(bands[b], n);
                out[i + r][b] = te(k -> p[k <= n / 2 ? k : n - k], bands[b]);
              }
            }
            i += second == null ? 1 : 2;
          }
        });
    return out;
  }

  /**
   * Whether two rows may share one complex FFT: both finite and their energies (Σx²) within a
   * factor {@value #PAIR_RATIO}, so the weaker row's round-off (≈1e-16·sqrt(ratio) of its own
   * energy) stays far below §5's tolerances and a NaN never spreads to its neighbour.
   */
  private static boolean pairable(double[] a, double[] b) {
    double ea = 0;
    double eb = 0;
    for (double v : a) ea += v * v;
    for (double v : b) eb += v * v;
    if (!Double.isFinite(ea) || !Double.isFinite(eb)) return false;
    double lo = Math.min(ea, eb);
    double hi = Math.max(ea, eb);
    return lo == hi || lo > 0 && hi <= PAIR_RATIO * lo;
  }

  /** Largest energy ratio of two rows transformed together by the JTransforms path. */
  static final double PAIR_RATIO = 1e6;

  /**
   * Two real rows for one complex FFT: with {@code Z = FFT(x1 + i·x2)}, {@code A = Z[k]} and
   * {@code B = conj(Z[n−k])}, {@code X1[k] = (A + B)/2} and {@code X2[k] = (A − B)/(2i)}, so the
   * powers of bins {@code k = 0…n/2} are {@code |A ± B|²/4}. (JTransforms' mixed-radix complex
   * transform is about twice as fast per row this way as its real transform for n = 10000.)
   */
  private static void splitPower(double[] z, double[] p1, double[] p2) {
    int n = z.length / 2;
    for (int k = 0; k <= n / 2; k++) {
      int m = k == 0 ? 0 : n - k;
      double ar = z[2 * k];
      double ai = z[2 * k + 1];
      double br = z[2 * m];
      double bi = -z[2 * m + 1];
      double sr = ar + br;
      double si = ai + bi;
      double dr = ar - br;
      double di = ai - bi;
      p1[k] = 0.25 * (sr * sr + si * si);
      p2[k] = 0.25 * (dr * dr + di * di);
    }
  }

  /** Power of column {@code k}. */
  @FunctionalInterface
  private interface Power {
    double at(int k);
  }

  private static double te(Power p, Band band) {
    int first = band.from();
    int last = band.to() - 1;
    double inner = 0;
    for (int k = first + 1; k < last; k++) {
      inner += p.at(k);
    }
    return p.at(first) + 2 * inner + p.at(last);
  }

  private static void checkBand(Band band, int ncols) {
    if (band.to() > ncols) {
      throw new IllegalArgumentException(
          "band [" + band.from() + ", " + band.to() + ") exceeds the " + ncols + " FFT columns");
    }
  }
}

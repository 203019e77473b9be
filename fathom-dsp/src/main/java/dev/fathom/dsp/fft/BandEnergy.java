package dev.fathom.dsp.fft;

import dev.fathom.dsp.Parallel;

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
   * real rows {@code x} without forming the complex spectrum, from the power of bins {@code 0…nt/2}
   * (bins above Nyquist mirror, {@code P[k] = P[nt−k]}). Result {@code
   * [nx][nbands]}. This is the noise-log fast path: rows are transformed two at a time as the real
   * and imaginary parts of one complex FFT, and no {@code nx × nt} complex spectrum is kept.
   * Round-off is relative to the larger of the two paired rows (≈1e-15 of it).
   */
  public static double[][] totalEnergyOfSignal(float[][] x, Band[] bands, int threads) {
    return ofSignal(x.length, RowSource.of(x), bands, threads);
  }

  /** As {@link #totalEnergyOfSignal(float[][], Band[], int)} for float64 rows. */
  public static double[][] totalEnergyOfSignal(double[][] x, Band[] bands, int threads) {
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

  private static double[][] ofSignal(int nx, RowSource src, Band[] bands, int threads) {
    double[][] out = new double[nx][bands.length];
    Parallel.forRange(
        nx,
        threads,
        (from, to) -> {
          double[] z = null;
          double[][] power = new double[2][];
          for (int i = from; i < to; i += 2) {
            double[] first = src.row(i);
            double[] second = i + 1 < to ? src.row(i + 1) : null;
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
          }
        });
    return out;
  }

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

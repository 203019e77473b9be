package dev.fathom.dsp.signal;

import dev.fathom.dsp.Parallel;
import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.dsp.ndimage.WindowFilters;

/**
 * distpy's {@code sta_lta} (spec §2.4.3): centred window means along axis 1 ({@code
 * uniform_filter(size=(1, n), mode='nearest')}), each divided once more by its window length, LTA
 * values with {@code |lta| < 1e-6} replaced by {@code +1e-6}, ratio STA/LTA. The result therefore
 * carries distpy's extra factor {@code lta/sta}; windows in samples.
 */
public final class StaLta {
  private static final double FLOOR = 1e-6;

  private StaLta() {}

  /** STA/LTA of the rows of {@code x} (independent: split over {@code threads}). */
  public static double[][] distpy(double[][] x, int sta, int lta, int threads) {
    double[][] out = new double[x.length][];
    Parallel.forRange(x.length, threads, (from, to) -> {
      for (int i = from; i < to; i++) {
        double[] s = WindowFilters.uniform1d(x[i], sta, BoundaryMode.NEAREST, 0);
        double[] l = WindowFilters.uniform1d(x[i], lta, BoundaryMode.NEAREST, 0);
        out[i] = new double[x[i].length];
        for (int j = 0; j < out[i].length; j++) {
          double sv = s[j] / sta;
          double lv = l[j] / lta;
          if (Math.abs(lv) < FLOOR) {
            lv = FLOOR;
          }
          out[i][j] = sv / lv;
        }
      }
    });
    return out;
  }
}

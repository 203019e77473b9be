package dev.fathom.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.dsp.Ref;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The batched mixed-radix kernel ({@link BatchFft}) against a direct DFT and against the
 * JTransforms path it replaces ({@code -Dfathom.dsp.batchfft=false}), through {@link Fft} and
 * {@link BandEnergy}: every radix, partial batches, the row-by-row remainder, bands of every shape.
 */
class BatchFftTest {
  private static final int LANES = BatchFft.LANES;

  private static double[] gaussian(int n, Random r) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextGaussian();
    }
    return x;
  }

  private static double[][] gaussian(int nx, int n, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[nx][];
    for (int i = 0; i < nx; i++) {
      x[i] = gaussian(n, r);
    }
    return x;
  }

  /** Runs {@code f} with the batched kernel switched off: the implementation it replaced. */
  private static <T> T withoutBatch(Supplier<T> f) {
    String old = System.getProperty("fathom.dsp.batchfft");
    System.setProperty("fathom.dsp.batchfft", "false");
    try {
      return f.get();
    } finally {
      if (old == null) {
        System.clearProperty("fathom.dsp.batchfft");
      } else {
        System.setProperty("fathom.dsp.batchfft", old);
      }
    }
  }

  @Test
  void supportedLengths() {
    for (int n : new int[] {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 25, 27, 5000, 4096, 1080}) {
      assertTrue(BatchFft.supportsComplex(n), "n=" + n);
    }
    for (int n : new int[] {0, 7, 14, 49, 97, 1009, 10007}) {
      assertFalse(BatchFft.supportsComplex(n), "n=" + n);
    }
    assertTrue(BatchFft.supportsReal(10000));
    assertTrue(BatchFft.supportsReal(2));
    assertFalse(BatchFft.supportsReal(9));
    assertFalse(BatchFft.supportsReal(14));
    assertFalse(BatchFft.supportsComplex(1 << 20)); // work arrays beyond MAX_WORK_BYTES
  }

  @Test
  void complexBatchMatchesDirectDftForEveryRadixMix() {
    Random r = new Random(3);
    for (int n = 1; n <= 150; n++) {
      if (!BatchFft.supportsComplex(n)) {
        continue;
      }
      BatchFft.Work w = BatchFft.work(n);
      double[][] z = new double[LANES][];
      for (int b = 0; b < LANES; b++) {
        z[b] = gaussian(2 * n, r);
        for (int j = 0; j < n; j++) {
          w.re[j][b] = z[b][2 * j];
          w.im[j][b] = z[b][2 * j + 1];
        }
      }
      w.done = 0;
      BatchFft.forward(w);
      for (int b = 0; b < LANES; b += 7) {
        double[] expected = FftTest.dft(z[b], false);
        double[] got = new double[2 * n];
        for (int k = 0; k < n; k++) {
          got[2 * k] = w.pr[k][b];
          got[2 * k + 1] = w.pi[k][b];
        }
        Ref.assertClose(expected, got, 1e-13, "n=" + n + " lane " + b);
      }
    }
  }

  @Test
  void longComplexRowsMatchJTransforms() {
    for (int n : new int[] {625, 1000, 1080, 4096, 5000, 6561}) {
      double[][] z = gaussian(LANES + 5, 2 * n, n);
      double[][] fast = Fft.fft(z, 1, FftNorm.BACKWARD, 2);
      double[][] slow = withoutBatch(() -> Fft.fft(z, 1, FftNorm.BACKWARD, 2));
      Ref.assertClose(slow, fast, 1e-13, "fft n=" + n);
      double[][] back = Fft.ifft(fast, 1, FftNorm.BACKWARD, 1);
      Ref.assertClose(z, back, 1e-13, "ifft(fft) n=" + n);
    }
  }

  @Test
  void realRowsAlongTimeMatchJTransformsForEveryBatchShape() {
    // 31 rows: JTransforms; 32: one half-full batch; 64 + 36: two batches; 64 + 6: batch + rows
    for (int nx : new int[] {1, 31, 32, 64, 70, 100}) {
      for (int nt : new int[] {2, 6, 20, 250, 1000, 10000}) {
        double[][] x = gaussian(nx, nt, 31L * nx + nt);
        float[][] x32 = new float[nx][nt];
        for (int i = 0; i < nx; i++) {
          for (int k = 0; k < nt; k++) {
            x32[i][k] = (float) x[i][k];
          }
        }
        for (FftNorm norm : FftNorm.values()) {
          double[][] slow = withoutBatch(() -> Fft.fftOfReal(x, 1, norm, 1));
          Ref.assertClose(slow, Fft.fftOfReal(x, 1, norm, 2), 1e-13,
              "nx=" + nx + " nt=" + nt + " " + norm);
          double[][] slow32 = withoutBatch(() -> Fft.fftOfReal(x32, 1, norm, 1));
          Ref.assertClose(slow32, Fft.fftOfReal(x32, 1, norm, 3), 1e-13,
              "float32 nx=" + nx + " nt=" + nt + " " + norm);
        }
      }
    }
  }

  @Test
  void columnsMatchJTransformsBothWaysAndAllNorms() {
    // axis 0 of 40 × 150 complex: 150 columns = 2 batches + 22 columns one by one
    for (int nx : new int[] {40, 45, 64}) {
      double[][] z = gaussian(nx, 2 * 150, nx);
      for (FftNorm norm : FftNorm.values()) {
        Ref.assertClose(withoutBatch(() -> Fft.fft(z, 0, norm, 1)), Fft.fft(z, 0, norm, 2),
            1e-13, "fft axis 0, nx=" + nx + " " + norm);
        Ref.assertClose(withoutBatch(() -> Fft.ifft(z, 0, norm, 1)), Fft.ifft(z, 0, norm, 2),
            1e-13, "ifft axis 0, nx=" + nx + " " + norm);
      }
      double[][] direct = new double[nx][2 * 150];
      for (int j = 0; j < 150; j++) {
        double[] col = new double[2 * nx];
        for (int i = 0; i < nx; i++) {
          col[2 * i] = z[i][2 * j];
          col[2 * i + 1] = z[i][2 * j + 1];
        }
        double[] f = FftTest.dft(col, false);
        for (int i = 0; i < nx; i++) {
          direct[i][2 * j] = f[2 * i];
          direct[i][2 * j + 1] = f[2 * i + 1];
        }
      }
      Ref.assertClose(direct, Fft.fft(z, 0), 1e-13, "vs direct DFT, nx=" + nx);
    }
  }

  @Test
  void aRowsResultDoesNotDependOnItsNeighboursOrTheThreadCount() {
    int nt = 1000;
    double[][] x = gaussian(150, nt, 5);
    Band[] bands = {new Band(0, 500), new Band(7, 123)};
    double[][] all = BandEnergy.totalEnergyOfSignal(x, bands, 1);
    assertArrayEquals(all[77], BandEnergy.totalEnergyOfSignal(x, bands, 3)[77], 0);
    // the same row in another lane of another batch, beside a NaN row and a loud one
    double[][] y = gaussian(40, nt, 6);
    y[10] = x[77];
    y[11][3] = Double.NaN;
    for (int k = 0; k < nt; k++) {
      y[12][k] *= 1e12;
    }
    double[][] other = BandEnergy.totalEnergyOfSignal(y, bands, 2);
    assertArrayEquals(all[77], other[10], 0);
    assertTrue(Double.isNaN(other[11][0]));
    double[][] spectra = Fft.fftOfReal(x, 1, FftNorm.BACKWARD, 1);
    assertArrayEquals(spectra[77], Fft.fftOfReal(y, 1, FftNorm.BACKWARD, 2)[10], 0);
  }

  @Test
  void bandEnergiesOfEveryBandShapeMatchTheSpectrumPath() {
    for (int nt : new int[] {2, 4, 10, 12, 250, 1000, 10000}) {
      int half = nt / 2;
      Band[] bands = {
        new Band(0, nt), // everything, mirrored half included
        new Band(0, half), // distpy's 0..Nyquist (exclusive)
        new Band(0, 1), // one column: 2·P[0]
        new Band(half, half + 1), // the Nyquist column alone
        new Band(Math.max(0, half - 2), Math.min(nt, half + 3)), // across Nyquist
        new Band(1, Math.min(nt, 3)), // two columns: no inner sum
        new Band(Math.min(nt - 1, 3), nt), // to the end, past Nyquist
        new Band(nt / 4, Math.max(nt / 4 + 1, 3 * nt / 8)), // nested in the others
      };
      for (int nx : new int[] {1, 40, 64, 70, 130}) {
        double[][] x = gaussian(nx, nt, 7L * nt + nx);
        double[][] expected = BandEnergy.totalEnergy(
            withoutBatch(() -> Fft.fftOfReal(x, 1, FftNorm.BACKWARD, 1)), bands, 1);
        double[][] fast = BandEnergy.totalEnergyOfSignal(x, bands, 2);
        Ref.assertClose(expected, fast, 1e-13, "nt=" + nt + " nx=" + nx);
        double[][] old = withoutBatch(() -> BandEnergy.totalEnergyOfSignal(x, bands, 2));
        Ref.assertClose(old, fast, 1e-12, "vs the JTransforms fast path, nt=" + nt + " nx=" + nx);
      }
    }
  }

  @Test
  void float32RowsOfWildlyDifferentScalesKeepTheirOwnPrecision() {
    // the JTransforms path pairs rows in one complex FFT: a quiet row beside a loud one inherits
    // the loud one's round-off; batched rows never mix
    int nt = 10000;
    Random r = new Random(8);
    float[][] x = new float[96][nt];
    for (int i = 0; i < x.length; i++) {
      double scale = Math.pow(10, r.nextInt(13) - 6);
      for (int k = 0; k < nt; k++) {
        x[i][k] = (float) (scale * r.nextGaussian());
      }
    }
    Band[] bands = {new Band(0, nt / 2), new Band(1000, nt / 2), new Band(3, 4)};
    double[][] fast = BandEnergy.totalEnergyOfSignal(x, bands, 2);
    for (int i = 0; i < x.length; i++) {
      float[][] one = {x[i]};
      double[] expected = BandEnergy.totalEnergy(
          withoutBatch(() -> Fft.fftOfReal(one, 1, FftNorm.BACKWARD, 1)), bands, 1)[0];
      Ref.assertClose(expected, fast[i], 1e-13, "row " + i);
    }
  }

  @Test
  void float32RowsInOneArrayGiveTheRowsResults() {
    // full batches (strided loader), a last batch of at least LANES/2 rows (offset loader), a last
    // group of fewer rows (one JTransforms FFT per row), a length BatchFft does not take
    for (int nt : new int[] {1000, 8192, 10000, 12000, 998}) {
      for (int nx : new int[] {1, 40, 64, 64 * 2 + 33, 64 * 3 + 7}) {
        Random r = new Random(31L * nt + nx);
        float[][] rows = new float[nx][nt];
        float[] flat = new float[nx * nt];
        for (int i = 0; i < nx; i++) {
          for (int k = 0; k < nt; k++) {
            rows[i][k] = (float) (Math.pow(10, i % 7 - 3) * r.nextGaussian());
            flat[i * nt + k] = rows[i][k];
          }
        }
        Band[] bands = {new Band(0, nt / 2), new Band(nt / 50, nt / 2), new Band(3, 4)};
        for (int threads : new int[] {1, 3}) {
          // (the JTransforms path pairs rows within each thread's range: same threads, same pairs)
          double[][] expected = BandEnergy.totalEnergyOfSignal(rows, bands, threads);
          double[][] got = BandEnergy.totalEnergyOfSignal(flat, nx, nt, bands, threads);
          for (int i = 0; i < nx; i++) {
            assertArrayEquals(expected[i], got[i], 0, "nt=" + nt + " nx=" + nx + " row " + i);
          }
        }
      }
    }
    assertThrows(IllegalArgumentException.class,
        () -> BandEnergy.totalEnergyOfSignal(new float[999], 1, 1000, new Band[] {new Band(0, 50)}, 1));
  }

  @Test
  void raggedRowsAreRefused() {
    double[][] x = gaussian(40, 100, 9);
    x[33] = new double[98];
    assertThrows(IllegalArgumentException.class,
        () -> BandEnergy.totalEnergyOfSignal(x, new Band[] {new Band(0, 50)}, 1));
    float[][] y = new float[40][100];
    y[39] = new float[50];
    assertThrows(IllegalArgumentException.class,
        () -> BandEnergy.totalEnergyOfSignal(y, new Band[] {new Band(0, 50)}, 2));
    double[][] z = gaussian(40, 100, 1);
    assertThrows(IllegalArgumentException.class,
        () -> BandEnergy.totalEnergyOfSignal(z, new Band[] {new Band(0, 101)}, 1));
  }

  @Test
  void bandSegmentsCoverEachBandsInnerColumnsOnce() {
    int nt = 20;
    Band[] bands = {new Band(0, 20), new Band(2, 9), new Band(5, 15), new Band(9, 10)};
    BandSegments seg = new BandSegments(bands, nt);
    // inner ranges [1,19), [3,8), [6,14), none: edges 1 3 6 8 14 19 -> 5 segments
    assertEquals(5, seg.count());
    assertEquals(0, seg.segA[1]);
    assertEquals(-1, seg.segA[0]);
    assertEquals(1, seg.segA[3]);
    assertEquals(3, seg.segA[10]); // column 10 = Nyquist: [8, 14)
    assertEquals(-1, seg.segB[10]); // Nyquist has no mirror
    assertEquals(4, seg.segB[2]); // column 18 in [14, 19)
    assertEquals(-1, seg.segB[1]); // column 19 is no band's inner column
  }
}

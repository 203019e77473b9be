package dev.fathom.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fathom.core.SharedData;
import dev.fathom.dsp.Ref;
import dev.fathom.dsp.TestNpy;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BandEnergyTest {

  private static double[] rms(String input, double prf, double low, double high, int box) {
    double[][] x = Ref.input(input);
    int nt = x[0].length;
    Band band = DistpyBands.rmsFromFft(low, high, nt / prf, nt);
    return BandEnergy.rmsFromFft(Fft.fftOfReal(x, 1), band, box);
  }

  @Test
  void rmsFromFftReferenceCases() {
    Ref.assertClose(Ref.column(Ref.caseOutput("rms_from_fft__default", 2)),
        rms("B", 1000, 0, -1, 500), Ref.LINEAR, "default");
    Ref.assertClose(Ref.column(Ref.caseOutput("rms_from_fft__band", 2)),
        rms("B", 1000, 50, 200, 500), Ref.LINEAR, "band");
    Ref.assertClose(Ref.column(Ref.caseOutput("rms_from_fft__equal", 2)),
        rms("B", 1000, 100, 100, 500), Ref.LINEAR, "equal");
    Ref.assertClose(Ref.column(Ref.caseOutput("rms_from_fft__prf2000", 2)),
        rms("B", 2000, 100, 400, 500), Ref.LINEAR, "prf2000");
    Ref.assertClose(Ref.column(Ref.caseOutput("rms_from_fft__box20", 2)),
        rms("B", 1000, 0, -1, 20), Ref.LINEAR, "box20");
    double[] box21 = rms("B", 1000, 0, -1, 21);
    Ref.assertClose(Ref.column(Ref.caseOutput("rms_from_fft__box21", 2)), box21, Ref.LINEAR,
        "box21");
    assertEquals(Double.POSITIVE_INFINITY, box21[63]);
  }

  @Test
  void rmsOfFloat32FibreWithOneRowBlock() {
    double[] r = rms("R", 500, 0, -1, 500);
    Ref.assertClose(Ref.column(Ref.load("alt_numpy1/rms_from_fft__R/uid2.npy").data()), r,
        Ref.LINEAR, "rms R");
    assertEquals(Double.POSITIVE_INFINITY, r[1000]);
  }

  @Test
  void multipleCalcsReferenceCases() {
    double[][] spec = Fft.fftOfReal(Ref.input("B"), 1);
    Band[] te = DistpyBands.multipleCalcs(new double[] {0, 50, 100}, new double[] {50, 100, -1},
        1.0, 1000);
    Ref.assertClose(Ref.caseOutput("multiple_calcs__te", 2), BandEnergy.totalEnergy(spec, te, 2),
        Ref.LINEAR, "te");
    double[][] teValues = BandEnergy.totalEnergy(spec, te, 1);
    double[][] rms = new double[64][3];
    for (int b = 0; b < 3; b++) {
      double[] col = new double[64];
      for (int i = 0; i < 64; i++) {
        col[i] = teValues[i][b];
      }
      double[] r = BandEnergy.distpyRms(col, 500);
      for (int i = 0; i < 64; i++) {
        rms[i][b] = r[i];
      }
    }
    Ref.assertClose(Ref.caseOutput("multiple_calcs__rms", 2), rms, Ref.LINEAR, "rms");
    Band[] p2000 = DistpyBands.multipleCalcs(new double[] {100, 400}, new double[] {400, -1},
        0.5, 1000);
    assertEquals(new Band(50, 200), p2000[0]);
    Ref.assertClose(Ref.caseOutput("multiple_calcs__prf2000", 2),
        BandEnergy.totalEnergy(spec, p2000, 1), Ref.LINEAR, "prf2000");
    Band[] equal = DistpyBands.multipleCalcs(new double[] {30}, new double[] {30}, 1.0, 1000);
    assertEquals(new Band(30, 500), equal[0]);
    Ref.assertClose(Ref.caseOutput("multiple_calcs__equal", 2),
        BandEnergy.totalEnergy(spec, equal, 1), Ref.LINEAR, "equal");
    assertThrows(IllegalArgumentException.class,
        () -> DistpyBands.multipleCalcs(new double[] {600}, new double[] {-1}, 1.0, 1000));
  }

  @Test
  void fastPathReproducesNoiseLogGraph() throws IOException {
    float[][] n = TestNpy.readFloat32(SharedData.require("reference/distpy/inputs/N.npy"));
    int nt = n[0].length;
    double fr = nt / 10000.0;
    Band full = DistpyBands.rmsFromFft(0, -1, fr, nt);
    Band[] bands = DistpyBands.multipleCalcs(new double[] {200, 600, 1000},
        new double[] {-1, -1, -1}, fr, nt);
    Band[] all = {full, bands[0], bands[1], bands[2]};
    double[][] te = BandEnergy.totalEnergyOfSignal(n, all, 2);
    double[] fullTe = new double[n.length];
    double[][] teBands = new double[n.length][3];
    for (int i = 0; i < n.length; i++) {
      fullTe[i] = te[i][0];
      System.arraycopy(te[i], 1, teBands[i], 0, 3);
    }
    String alt = "alt_numpy1/strainrate2noiselog";
    Ref.assertClose(Ref.column(Ref.load(alt + "/uid3.npy").data()),
        BandEnergy.distpyRms(fullTe, 500), Ref.LINEAR, "noiselog rms");
    Ref.assertClose(Ref.load(alt + "/uid4.npy").data(), teBands, Ref.LINEAR, "noiselog te");
    Ref.assertClose(Ref.column(Ref.load("alt_numpy1/strainrate2noiselog__BOXSIZE25/uid3.npy")
        .data()), BandEnergy.distpyRms(fullTe, 25), Ref.LINEAR, "noiselog rms box 25");
    // the numpy-2 (single precision FFT) reference agrees to the float32 class of spec §5
    Ref.assertClose(Ref.load("graphs/strainrate2noiselog/uid4.npy").data(), teBands, 1e-6,
        "noiselog te vs numpy 2");
  }

  @Test
  void fastPathEqualsSpectrumPathForOddAndEvenLengthsAndBandsPastNyquist() {
    for (int nt : new int[] {9, 10}) {
      double[][] x = new double[3][nt];
      for (int i = 0; i < 3; i++) {
        for (int k = 0; k < nt; k++) {
          x[i][k] = Math.sin(0.7 * k * (i + 1)) + 0.1 * k;
        }
      }
      Band[] bands = {new Band(0, nt), new Band(1, 2), new Band(nt / 2, nt / 2 + 3),
          new Band(3, nt - 1)};
      double[][] slow = BandEnergy.totalEnergy(Fft.fftOfReal(x, 1), bands, 1);
      double[][] fast = BandEnergy.totalEnergyOfSignal(x, bands, 2);
      Ref.assertClose(slow, fast, 1e-13, "nt=" + nt);
    }
  }

  @Test
  void teWeightsAndRmsBlocksAreDistpys() {
    // one row, spectrum |X|² = 1, 4, 9, 16 on columns 0..3
    double[][] spec = {{1, 0, 0, 2, 3, 0, 0, 4}};
    assertEquals(1 + 2 * (4 + 9) + 16, BandEnergy.totalEnergy(spec, new Band(0, 4))[0]);
    assertEquals(2 * 9, BandEnergy.totalEnergy(spec, new Band(2, 3))[0]);
    double[] rms = BandEnergy.distpyRms(new double[] {4, 4, 4, 36, 36}, 2);
    // blocks: [0,2) r=2 -> nval 2; [2,4) nval 2; [4,5) r=1 -> inf
    assertArrayEquals(new double[] {1, 1, 1, 3, Double.POSITIVE_INFINITY}, rms, 1e-15);
    assertEquals(new Band(100, 250), DistpyBands.rmsFromFft(100, 0, 1.0, 500));
    assertEquals(new Band(0, 250), DistpyBands.rmsFromFft(0, 0, 1.0, 500));
  }
}

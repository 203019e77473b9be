package dev.fathom.dsp.fk;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fathom.dsp.ComplexArrays;
import dev.fathom.dsp.Ref;
import dev.fathom.dsp.fft.Fft;
import org.junit.jupiter.api.Test;

/** distpy's f-k command and graph cases on input A (prf 500, dx 1.02 m). */
class FkTest {
  private static double dx() {
    double[] x = Ref.xaxis("A");
    return Math.abs(x[1] - x[0]);
  }

  @Test
  void velocityMapAndMasks() {
    double[][] v = VelocityMap.map(32, 500, dx(), 1.0 / 500);
    Ref.assertClose(Ref.caseOutput("velocity_map", 3), v, 0, "map");
    Ref.assertClose(Ref.caseOutput("velocity_map__odd", 2), VelocityMap.map(32, 167, dx(),
        1.0 / 500), 0, "odd nt");
    assertThrows(IllegalArgumentException.class, () -> VelocityMap.map(11, 500, 1, 1));
    Ref.assertClose(Ref.caseOutput("velocity_mask__default", 2),
        VelocityMap.mask(v, 1400, 1600, 0), 0, "mask default");
    Ref.assertClose(Ref.caseOutput("velocity_mask__band", 2),
        VelocityMap.mask(v, 500, 2000, 0), 0, "mask band");
    Ref.assertClose(Ref.caseOutput("velocity_mask__smooth", 2),
        VelocityMap.mask(v, 500, 2000, 4), 1e-12, "mask smooth");
  }

  @Test
  void fkVelocityFilterGraph() {
    double[][] a = Ref.input("A");
    double[][] fk = Fft.fft(Fft.fftOfReal(a, 1), 0);
    double[][] mask = VelocityMap.mask(VelocityMap.map(32, 500, dx(), 1.0 / 500), 1000, 2000, 4);
    Ref.assertClose(Ref.load("graphs/fk_velocity_filter/uid4.npy").data(), mask, 1e-12, "mask");
    double[][] product = new double[32][];
    for (int i = 0; i < 32; i++) {
      product[i] = fk[i].clone();
      for (int j = 0; j < 500; j++) {
        product[i][2 * j] *= mask[i][j];
        product[i][2 * j + 1] *= mask[i][j];
      }
    }
    double[][] filtered = ComplexArrays.real(Fft.ifft(Fft.ifft(product, 0), 1));
    Ref.assertClose(Ref.load("graphs/fk_velocity_filter/uid8.npy").data(), filtered, Ref.LINEAR,
        "filtered");
  }

  @Test
  void dipFilterCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("dip_filter__default", 1),
        DipFilter.apply(a, 100, dx(), 1.0 / 500, 1), Ref.LINEAR, "v100");
    Ref.assertClose(Ref.caseOutput("dip_filter__v2000", 1),
        DipFilter.apply(a, 2000, dx(), 1.0 / 500, 1), Ref.LINEAR, "v2000");
    Ref.assertClose(Ref.caseOutput("dip_filter__v_minus1500", 1),
        DipFilter.apply(a, -1500, dx(), 1.0 / 500, 1), Ref.LINEAR, "v-1500");
    Ref.assertClose(DipFilter.apply(a, 100, dx(), 1.0 / 500, 1), DipFilter.apply(a, 100, dx(), 1.0 / 500, 3), 0,
        "3 threads");
    assertThrows(IllegalArgumentException.class, () -> DipFilter.kernel(0, dx(), 1.0 / 500));
  }

  @Test
  void destripeCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("destripe__default", 1), Destripe.apply(a, 0, 2), Ref.LINEAR,
        "axis0");
    Ref.assertClose(Ref.caseOutput("destripe__axis1", 1), Destripe.apply(a, 1, 2), Ref.LINEAR,
        "axis1");
  }

  @Test
  void upAndDownWave() {
    double[][] fk = Ref.caseOutput("fk_2d", 2);
    Ref.assertClose(Ref.caseOutput("up_wave", 3), WaveSeparation.distpyUpWave(fk, 2), Ref.LINEAR,
        "up");
    Ref.assertClose(Ref.caseOutput("down_wave", 3), WaveSeparation.distpyUpWave(fk, 1),
        Ref.LINEAR, "down (same as up in distpy)");
    // Fathom's down-going half attenuates the other two quadrants: up + down = (1 + SMALL(1 - SMALL)) ifft2
    double[][] sum = WaveSeparation.distpyUpWave(fk, 1);
    double[][] down = WaveSeparation.downWave(fk, 2);
    for (int i = 0; i < sum.length; i++) {
      for (int k = 0; k < sum[i].length; k++) {
        sum[i][k] += down[i][k];
      }
    }
    double[][] whole = Fft.ifft2(fk, 1);
    double s = 1 + WaveSeparation.SMALL * (1 - WaveSeparation.SMALL);
    for (double[] row : whole) {
      for (int k = 0; k < row.length; k++) {
        row[k] *= s;
      }
    }
    Ref.assertClose(whole, sum, Ref.LINEAR, "up + down");
  }
}

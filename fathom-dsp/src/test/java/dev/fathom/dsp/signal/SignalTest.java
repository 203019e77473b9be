package dev.fathom.dsp.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.fathom.core.SharedData;
import dev.fathom.dsp.ComplexArrays;
import dev.fathom.dsp.Ref;
import dev.fathom.dsp.TestNpy;
import dev.fathom.dsp.fft.Fft;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** distpy's sta_lta, wiener, analytic_signal, broaden, peak_to_peak, approx_vlf cases. */
class SignalTest {

  private static double[][] abs(double[][] x) {
    double[][] out = ComplexArrays.copy(x);
    for (double[] row : out) {
      for (int k = 0; k < row.length; k++) {
        row[k] = Math.abs(row[k]);
      }
    }
    return out;
  }

  @Test
  void staLtaCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("sta_lta__default", 2), StaLta.distpy(abs(a), 50, 200, 1),
        Ref.LINEAR, "50/200");
    Ref.assertClose(Ref.caseOutput("sta_lta__5_20", 2), StaLta.distpy(abs(a), 5, 20, 1),
        Ref.LINEAR, "5/20");
    Ref.assertClose(Ref.caseOutput("sta_lta__raw", 1), StaLta.distpy(a, 10, 40, 1), Ref.LINEAR,
        "raw 10/40");
  }

  @Test
  void staLtaAndWienerGiveTheSameNumbersOnAnyThreads() {
    double[][] a = Ref.input("A");
    Ref.assertClose(StaLta.distpy(a, 10, 40, 1), StaLta.distpy(a, 10, 40, 3), 0, "sta_lta");
    Ref.assertClose(Wiener.filter(a, 5, 3, Double.NaN, 1), Wiener.filter(a, 5, 3, Double.NaN, 3), 0, "wiener");
  }

  @Test
  void wienerCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("wiener__default", 1), Wiener.filter(a, 5, 5, Double.NaN, 1),
        Ref.LINEAR, "default");
    Ref.assertClose(Ref.caseOutput("wiener__custom", 1), Wiener.filter(a, 3, 7, 0.5, 1), Ref.LINEAR,
        "custom");
  }

  @Test
  void analyticSignalCases() {
    double[][] spec = Fft.fftOfReal(Ref.input("A"), 1);
    double[] x = Ref.xaxis("A");
    double fs = Math.abs(x[1] - x[0]);
    Ref.assertClose(Ref.load("alt_numpy1/analytic_signal__default/uid2.npy").data(),
        AnalyticSignal.distpyApply(spec, AnalyticSignal.distpyEstimator(500, 200, fs, 64)),
        Ref.LINEAR, "default");
    Ref.assertClose(Ref.load("alt_numpy1/analytic_signal__custom/uid2.npy").data(),
        AnalyticSignal.distpyApply(spec, AnalyticSignal.distpyEstimator(500, 37.5, fs, 32)),
        Ref.LINEAR, "custom");
    Ref.assertClose(Ref.caseOutput("analytic_signal__custom", 2),
        AnalyticSignal.distpyApply(spec, AnalyticSignal.distpyEstimator(500, 37.5, fs, 32)),
        1e-6, "custom vs numpy 2 (complex64 FFT)");
  }

  @Test
  void hilbertAsScipy() {
    assertArrayEquals(new double[] {1, 0.7608452130361227, 2, 0.034302685030761906, 0,
        2.1372271335072965, -1, -1.9919186279062242, 3, -0.940456403667957},
        AnalyticSignal.hilbert(new double[] {1, 2, 0, -1, 3}), 1e-15);
    assertArrayEquals(new double[] {1, -1.5, 2, 0.5, 0, 1.5, -1, -0.5},
        AnalyticSignal.hilbert(new double[] {1, 2, 0, -1}), 1e-15);
    double[][] both = AnalyticSignal.hilbert(new double[][] {{1, 2}, {2, 0}, {0, -1},
        {-1, 3}}, 0);
    double[] col0 = AnalyticSignal.hilbert(new double[] {1, 2, 0, -1});
    double[] col1 = AnalyticSignal.hilbert(new double[] {2, 0, -1, 3});
    for (int i = 0; i < 4; i++) {
      assertArrayEquals(new double[] {col0[2 * i], col0[2 * i + 1], col1[2 * i], col1[2 * i + 1]},
          both[i], 0);
    }
  }

  @Test
  void windowPeakCases() throws IOException {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("broaden__default", 1), WindowPeaks.broaden(a, 50), 0, "50");
    Ref.assertClose(Ref.caseOutput("broaden__w5", 1), WindowPeaks.broaden(a, 5), 0, "5");
    Ref.assertClose(Ref.caseOutput("peak_to_peak__default", 1)[0],
        WindowPeaks.peakToPeak(a, 200), 0, "p2p 200");
    Ref.assertClose(Ref.caseOutput("peak_to_peak__w10", 1)[0], WindowPeaks.peakToPeak(a, 10), 0,
        "p2p 10");
    Ref.assertClose(Ref.caseOutput("approx_vlf", 1)[0], WindowPeaks.approxVlf(a), Ref.LINEAR,
        "vlf A");
    double[][] r = ComplexArrays.toDouble(
        TestNpy.readFloat32(SharedData.require("reference/distpy/inputs/R.npy")));
    Ref.assertClose(Ref.caseOutput("approx_vlf__R", 1)[0], WindowPeaks.approxVlf(r), Ref.LINEAR,
        "vlf R");
  }
}

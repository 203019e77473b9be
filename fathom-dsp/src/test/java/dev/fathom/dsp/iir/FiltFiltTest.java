package dev.fathom.dsp.iir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fathom.core.SharedData;
import dev.fathom.dsp.ComplexArrays;
import dev.fathom.dsp.Ref;
import dev.fathom.dsp.TestNpy;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * filtfilt against distpy's butter command cases ({@code butter(order, Wn)} then {@code
 * filtfilt(b, a, x, axis, padtype)}) and against values printed by scipy 1.17.1.
 */
class FiltFiltTest {
  private static final double IIR = 1e-12;
  /**
   * Wn below 0.1: the ba form amplifies 1-ulp coefficient differences (numpy.poly's complex
   * convolution runs through BLAS) to ~1e-12 at Wn 0.08 and ~1e-10 at Wn 0.01 (spec §5).
   */
  private static final double IIR_SMALL_WN = 1e-8;

  private static double[][] butter(double[][] x, int order, double wn, FilterType type, int axis,
      PadType pad) {
    return FiltFilt.filtfilt(Butterworth.ba(order, wn, type), x, axis, pad,
        FiltFilt.DEFAULT_PADLEN, 2);
  }

  @Test
  void butterCommandCases() {
    double[][] a = Ref.input("A");
    Ref.assertClose(Ref.caseOutput("butter__default", 1),
        butter(a, 5, 200 / 250.0, FilterType.LOWPASS, 1, PadType.EVEN), IIR, "default");
    Ref.assertClose(Ref.caseOutput("butter__lowpass_order3_odd", 1),
        butter(a, 3, 50 / 250.0, FilterType.LOWPASS, 1, PadType.ODD), IIR, "order3 odd");
    Ref.assertClose(Ref.caseOutput("butter__padtype_constant", 1),
        butter(a, 5, 100 / 250.0, FilterType.LOWPASS, 1, PadType.CONSTANT), IIR, "constant");
    Ref.assertClose(Ref.caseOutput("butter__highpass", 1),
        butter(a, 5, 5 / 250.0, FilterType.HIGHPASS, 1, PadType.EVEN), IIR_SMALL_WN, "highpass");
    double[] xaxis = Ref.xaxis("A");
    double dx = Math.abs(xaxis[1] - xaxis[0]);
    Ref.assertClose(Ref.caseOutput("butter__axis0", 1),
        butter(a, 5, 0.2 / (dx * 0.5), FilterType.LOWPASS, 0, PadType.EVEN), IIR, "axis0");
    Ref.assertClose(Ref.caseOutput("count_peaks__smooth", 1),
        butter(a, 5, 20 / 250.0, FilterType.LOWPASS, 1, PadType.EVEN), IIR_SMALL_WN, "20 Hz");
  }

  @Test
  void float32InputIsFilteredInDouble() throws IOException {
    float[][] a32 = TestNpy.readFloat32(SharedData.require("reference/distpy/inputs/A32.npy"));
    Ref.assertClose(Ref.caseOutput("butter__float32", 1), butter(ComplexArrays.toDouble(a32), 5,
        0.4, FilterType.LOWPASS, 1, PadType.EVEN), IIR, "float32");
  }

  @Test
  void thumbnailGraphFilterChain() {
    double[][] low = butter(Ref.input("B"), 5, 0.4, FilterType.LOWPASS, 1, PadType.EVEN);
    Ref.assertClose(Ref.load("graphs/strainrate2thumbnail/uid1.npy").data(), low, IIR, "lowpass");
    double[][] high = butter(low, 5, 0.01, FilterType.HIGHPASS, 1, PadType.EVEN);
    Ref.assertClose(Ref.load("graphs/strainrate2thumbnail/uid2.npy").data(), high, IIR_SMALL_WN,
        "highpass");
  }

  private static double[] signal() {
    double[] x = new double[40];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.sin(i * 0.3) + 0.01 * Math.pow(i, 1.5);
    }
    return x;
  }

  @Test
  void paddingVariantsMatchScipy() {
    TransferFunction tf = Butterworth.ba(3, 0.3, FilterType.LOWPASS);
    assertArrayEquals(new double[] {0.9504670036427467, -0.36004946910074503, 0.18729429761714597},
        LFilter.initialState(tf.b(), tf.a()), 1e-14);
    double[] x = signal();
    double[] odd = FiltFilt.filtfilt(tf.b(), tf.a(), x, PadType.ODD, FiltFilt.DEFAULT_PADLEN);
    assertArrayEquals(new double[] {-9.9527420573099212e-05, 3.0822290229460175e-01,
        5.9378234331373780e-01}, java.util.Arrays.copyOf(odd, 3), 1e-14);
    double[] none = FiltFilt.filtfilt(tf.b(), tf.a(), x, PadType.NONE, FiltFilt.DEFAULT_PADLEN);
    assertArrayEquals(new double[] {0.10623184247518705, 0.3039640860944036, 0.5574073235012544},
        java.util.Arrays.copyOf(none, 3), 1e-14);
    double[] even5 = FiltFilt.filtfilt(tf.b(), tf.a(), x, PadType.EVEN, 5);
    assertArrayEquals(new double[] {1.3206407944837941, 1.4225858335901522, 1.4666671260283763},
        java.util.Arrays.copyOfRange(even5, 37, 40), 1e-14);
    double[][] sos = Butterworth.sos(4, new double[] {0.1, 0.3}, FilterType.BANDPASS);
    assertArrayEquals(new double[] {-0.03182718695470979, 0.0746232778288739, 0.17595999459242645},
        java.util.Arrays.copyOf(FiltFilt.sosfiltfilt(sos, x, PadType.ODD,
            FiltFilt.DEFAULT_PADLEN), 3), 1e-14);
    assertThrows(IllegalArgumentException.class,
        () -> FiltFilt.filtfilt(tf.b(), tf.a(), new double[12], PadType.ODD, -1));
  }

  @Test
  void extensionsAreExact() {
    double[] x = {1, 2, 3, 4, 5};
    assertArrayEquals(new double[] {3, 2, 1, 2, 3, 4, 5, 4, 3}, PadType.EVEN.extend(x, 2), 0);
    assertArrayEquals(new double[] {-1, 0, 1, 2, 3, 4, 5, 6, 7}, PadType.ODD.extend(x, 2), 0);
    assertArrayEquals(new double[] {1, 1, 1, 2, 3, 4, 5, 5, 5}, PadType.CONSTANT.extend(x, 2), 0);
    assertArrayEquals(x, PadType.NONE.extend(x, 2), 0);
  }

  @Test
  void sosAndBaFormsAgreeAndSteadyStateIsExact() {
    double[] x = signal();
    TransferFunction tf = Butterworth.ba(5, 0.35, FilterType.LOWPASS);
    double[][] sos = Butterworth.sos(5, 0.35, FilterType.LOWPASS);
    assertArrayEquals(LFilter.filter(tf.b(), tf.a(), x), SosFilter.filter(sos, x), 1e-13);
    // a constant input started in the steady state stays constant (DC gain 1)
    double[] ones = new double[20];
    java.util.Arrays.fill(ones, 2.0);
    double[] zi = LFilter.initialState(tf.b(), tf.a());
    for (int i = 0; i < zi.length; i++) {
      zi[i] *= 2.0;
    }
    double[] y = LFilter.filter(tf.b(), tf.a(), ones, zi);
    assertArrayEquals(ones, y, 1e-13);
    double[][] szi = SosFilter.initialState(sos);
    for (double[] s : szi) {
      s[0] *= 2.0;
      s[1] *= 2.0;
    }
    assertArrayEquals(ones, SosFilter.filter(sos, ones, szi), 1e-13);
  }
}

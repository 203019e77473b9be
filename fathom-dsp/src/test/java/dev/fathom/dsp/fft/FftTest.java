package dev.fathom.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fathom.dsp.ComplexArrays;
import dev.fathom.dsp.Ref;
import dev.fathom.dsp.TestNpy;
import dev.fathom.core.SharedData;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FftTest {

  /** Direct O(n²) DFT of an interleaved complex row (numpy sign convention), for checks. */
  static double[] dft(double[] z, boolean inverse) {
    int n = z.length / 2;
    double[] out = new double[2 * n];
    double sign = inverse ? 1 : -1;
    for (int k = 0; k < n; k++) {
      double re = 0;
      double im = 0;
      for (int t = 0; t < n; t++) {
        double ang = sign * 2 * Math.PI * ((long) k * t % n) / n;
        double c = Math.cos(ang);
        double s = Math.sin(ang);
        re += z[2 * t] * c - z[2 * t + 1] * s;
        im += z[2 * t] * s + z[2 * t + 1] * c;
      }
      out[2 * k] = inverse ? re / n : re;
      out[2 * k + 1] = inverse ? im / n : im;
    }
    return out;
  }

  private static double[] random(int n, long seed) {
    Random r = new Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextGaussian();
    }
    return x;
  }

  @Test
  void matchesDirectDftForAwkwardLengths() {
    for (int n : new int[] {1, 2, 3, 7, 12, 97, 250, 1009, 2003}) {
      double[] z = random(2 * n, n);
      Ref.assertClose(dft(z, false), Fft.fft(z), 1e-12, "fft n=" + n);
      Ref.assertClose(dft(z, true), Fft.ifft(z), 1e-12, "ifft n=" + n);
    }
  }

  @Test
  void realTransformsAreConsistentWithComplexOnes() {
    for (int n : new int[] {1, 2, 5, 8, 499, 500, 10007}) {
      double[] x = random(n, 31 + n);
      double[] full = Fft.fft(ComplexArrays.fromReal(x));
      Ref.assertClose(full, Fft.fftOfReal(x), 1e-13, "fftOfReal n=" + n);
      double[] half = Fft.rfft(x);
      assertEquals(2 * (n / 2 + 1), half.length);
      for (int k = 0; k < half.length; k++) {
        assertEquals(full[k], half[k], 1e-12 * n, "rfft bin " + k);
      }
      assertArrayEquals(x, Fft.irfft(half, n), 1e-12, "irfft n=" + n);
    }
  }

  @Test
  void normConventionsScaleAsNumpy() {
    double[] z = random(2 * 6, 5);
    double[] b = Fft.fft(z, FftNorm.BACKWARD);
    double[] o = Fft.fft(z, FftNorm.ORTHO);
    double[] f = Fft.fft(z, FftNorm.FORWARD);
    for (int k = 0; k < z.length; k++) {
      assertEquals(b[k] / Math.sqrt(6), o[k], 1e-14);
      assertEquals(b[k] / 6, f[k], 1e-14);
    }
    assertArrayEquals(z, Fft.ifft(o, FftNorm.ORTHO), 1e-14);
    assertArrayEquals(z, Fft.ifft(f, FftNorm.FORWARD), 1e-14);
  }

  @Test
  void unitImpulseAndConstant() {
    double[] impulse = new double[8];
    impulse[0] = 1;
    double[] spec = Fft.fft(impulse);
    for (int k = 0; k < 4; k++) {
      assertEquals(1.0, spec[2 * k]);
      assertEquals(0.0, spec[2 * k + 1]);
    }
    double[] ones = Fft.fftOfReal(new double[] {1, 1, 1, 1, 1});
    assertEquals(5.0, ones[0], 1e-15);
    for (int k = 2; k < ones.length; k++) {
      assertEquals(0.0, ones[k], 1e-15);
    }
  }

  @Test
  void fftfreqMatchesNumpy() {
    assertArrayEquals(new double[] {0, 0.25, -0.5, -0.25}, FftFreq.fftfreq(4, 1.0), 0);
    assertArrayEquals(new double[] {0, 0.2, 0.4, -0.4, -0.2}, FftFreq.fftfreq(5, 1.0), 1e-15);
    assertArrayEquals(new double[] {0, 250, 500}, FftFreq.rfftfreq(4, 0.001), 1e-12);
  }

  @Test
  void twoDimensionalAlongEitherAxisMatchesReference() {
    double[][] a = Ref.input("A");
    double[][] x1 = Fft.fftOfReal(a, 1);
    Ref.assertClose(Ref.caseOutput("angle__complex", 1), x1, Ref.LINEAR, "fft__default");
    Ref.assertClose(Ref.caseOutput("fft__axis0", 1), Fft.fftOfReal(a, 0), Ref.LINEAR, "fft axis0");
    Ref.assertClose(Ref.caseOutput("fk_2d", 2), Fft.fft(x1, 0), Ref.LINEAR, "fk_2d");
    Ref.assertClose(Ref.caseOutput("ifft__roundtrip", 2), Fft.ifft(x1, 1), Ref.LINEAR, "ifft");
    Ref.assertClose(Ref.caseOutput("ifft__axis0", 2),
        Fft.ifft(Ref.caseOutput("fft__axis0", 1), 0), Ref.LINEAR, "ifft axis0");
    Ref.assertClose(Ref.caseOutput("fk_2d", 2),
        Fft.fft2(ComplexArrays.fromReal(a), 2), Ref.LINEAR, "fft2");
    double[][] back = Fft.ifft2(Fft.fft2(ComplexArrays.fromReal(a), 1), 1);
    Ref.assertClose(a, ComplexArrays.real(back), 1e-14, "ifft2(fft2)");
  }

  @Test
  void float32InputMatchesDoublePrecisionNumpy() throws IOException {
    float[][] a32 = TestNpy.readFloat32(SharedData.require("reference/distpy/inputs/A32.npy"));
    Ref.assertClose(Ref.load("alt_numpy1/fft__float32_axis1/uid1.npy").data(),
        Fft.fftOfReal(a32, 1, FftNorm.BACKWARD, 2), Ref.LINEAR, "float32 axis1");
    Ref.assertClose(Ref.load("alt_numpy1/fft__float32_axis0/uid1.npy").data(),
        Fft.fftOfReal(a32, 0, FftNorm.BACKWARD, 2), Ref.LINEAR, "float32 axis0");
    // numpy >= 2 transforms float32 in single precision: agreement to ~1e-7 (spec §5)
    Ref.assertClose(Ref.caseOutput("fft__float32_axis1", 1),
        Fft.fftOfReal(a32, 1, FftNorm.BACKWARD, 1), 1e-6, "float32 vs numpy 2");
  }

  @Test
  void threadCountDoesNotChangeResults() {
    double[][] x = new double[37][];
    for (int i = 0; i < x.length; i++) {
      x[i] = random(101, i);
    }
    double[][] one = Fft.fftOfReal(x, 1, FftNorm.BACKWARD, 1);
    double[][] three = Fft.fftOfReal(x, 1, FftNorm.BACKWARD, 3);
    for (int i = 0; i < x.length; i++) {
      assertArrayEquals(one[i], three[i], 0);
    }
    double[][] c1 = Fft.fft(one, 0, FftNorm.BACKWARD, 1);
    double[][] c3 = Fft.fft(one, 0, FftNorm.BACKWARD, 3);
    for (int i = 0; i < x.length; i++) {
      assertArrayEquals(c1[i], c3[i], 0);
    }
  }
}

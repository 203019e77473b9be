package dev.fathom.dsp.iir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected values printed by scipy 1.17.1 ({@code scipy.signal.butter}). */
class ButterworthTest {

  @Test
  void secondOrderHalfNyquistHasClosedForm() {
    TransferFunction tf = Butterworth.ba(2, 0.5, FilterType.LOWPASS);
    double b0 = 1 / (2 + Math.sqrt(2));
    assertArrayEquals(new double[] {b0, 2 * b0, b0}, tf.b(), 1e-15);
    assertArrayEquals(new double[] {1, 0, 3 - 2 * Math.sqrt(2)}, tf.a(), 1e-15);
    TransferFunction hp = Butterworth.ba(1, 0.5, FilterType.HIGHPASS);
    assertArrayEquals(new double[] {0.5, -0.5}, hp.b(), 1e-16);
    assertArrayEquals(new double[] {1, 0}, hp.a(), 1e-16);
  }

  @Test
  void bandpassBaMatchesScipy() {
    TransferFunction tf = Butterworth.ba(4, new double[] {0.1, 0.3}, FilterType.BANDPASS);
    assertArrayEquals(new double[] {0.0048243433577162325, 0, -0.01929737343086493, 0,
        0.028946060146297393, 0, -0.01929737343086493, 0, 0.0048243433577162325}, tf.b(), 1e-15);
    assertArrayEquals(new double[] {1., -5.418231388368234, 13.529358698329693,
        -20.319265119781697, 20.071198861161175, -13.34437166183811, 5.832106770220365,
        -1.5347300466579015, 0.1873794923681849}, tf.a(), 1e-13);
  }

  @Test
  void sosMatchScipyPairingAndOrder() {
    assertSos(new double[][] {
        {0.0048243433577162325, 0.009648686715432465, 0.0048243433577162325, 1,
            -1.1054716730116994, 0.4687266075334605},
        {1, 2, 1, 1, -1.487822020962843, 0.6317976253151563},
        {1, -2, 1, 1, -1.0443144473042658, 0.7206296425328353},
        {1, -2, 1, 1, -1.7806232470894252, 0.8780360334073346}},
        Butterworth.sos(4, new double[] {0.1, 0.3}, FilterType.BANDPASS));
    assertSos(new double[][] {
        {0.3744526925901595, -0.3815863530128005, 0.3744526925901597, 1, -0.6750803037670938,
            0.3249196962329064},
        {1, -1.019050898988858, 1.0000000000000004, 1, -0.08405773418307567, 0.5859192139686878},
        {1, -1.019050898988858, 1.0000000000000004, 1, -1.3614648386763923, 0.7236248254696609}},
        Butterworth.sos(3, new double[] {0.2, 0.5}, FilterType.BANDSTOP));
    assertSos(new double[][] {
        {0.9504358396746199, -0.9504358396746199, 0, 1, -0.9690674171937933, 0},
        {1, -2, 1, 1, -1.949473418236065, 0.9504358405839066},
        {1, -2, 1, 1, -1.979796310281741, 0.9807737025330875}},
        Butterworth.sos(5, 0.01, FilterType.HIGHPASS));
    assertSos(new double[][] {
        {0.35416418109342973, 0.35416418109342973, 0, 1, 0.5095254494944288, 0},
        {1, 2, 1, 1, 1.0965794655679615, 0.3554467621723904},
        {1, 2, 1, 1, 1.3693171946832927, 0.6925691353878635}},
        Butterworth.sos(5, 0.8, FilterType.LOWPASS));
  }

  private static void assertSos(double[][] expected, double[][] actual) {
    assertEquals(expected.length, actual.length, "sections");
    for (int s = 0; s < expected.length; s++) {
      assertArrayEquals(expected[s], actual[s], 1e-13, "section " + s);
    }
  }

  @Test
  void rejectsInvalidFrequencies() {
    assertThrows(IllegalArgumentException.class, () -> Butterworth.ba(5, 1.0, FilterType.LOWPASS));
    assertThrows(IllegalArgumentException.class, () -> Butterworth.ba(5, 0, FilterType.LOWPASS));
    assertThrows(IllegalArgumentException.class,
        () -> Butterworth.ba(5, new double[] {0.3, 0.1}, FilterType.BANDPASS));
    assertThrows(IllegalArgumentException.class,
        () -> Butterworth.ba(5, 0.3, FilterType.BANDPASS));
    assertEquals(FilterType.HIGHPASS, FilterType.parse("hp"));
  }
}

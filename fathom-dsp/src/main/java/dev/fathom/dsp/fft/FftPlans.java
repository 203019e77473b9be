package dev.fathom.dsp.fft;

import java.util.HashMap;
import java.util.Map;
import org.jtransforms.fft.DoubleFFT_1D;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * Per-thread cache of JTransforms plans. JTransforms' own threading is switched off (set to 1
 * thread, a JVM-wide setting of JLargeArrays) because this module parallelises over rows itself;
 * JTransforms handles any length (split-radix for powers of two, mixed radix 2/3/4/5, Bluestein
 * for other factors).
 */
final class FftPlans {
  static {
    ConcurrencyUtils.setNumberOfThreads(1);
  }

  private static final ThreadLocal<Map<Integer, DoubleFFT_1D>> PLANS =
      ThreadLocal.withInitial(HashMap::new);

  private FftPlans() {}

  /** The plan for length {@code n}, created on first use in this thread. */
  static DoubleFFT_1D plan(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("FFT length must be >= 1, got " + n);
    }
    return PLANS.get().computeIfAbsent(n, DoubleFFT_1D::new);
  }
}

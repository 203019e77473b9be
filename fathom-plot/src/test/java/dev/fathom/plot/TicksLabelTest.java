package dev.fathom.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tick labels: short, no trailing zeros; large magnitudes as a compact power of ten. */
class TicksLabelTest {
  @Test
  void labels() {
    assertEquals("0", Ticks.label(0));
    assertEquals("40", Ticks.label(40));
    assertEquals("0.25", Ticks.label(0.25));
    assertEquals("99999", Ticks.label(99_999));
    assertEquals("1e5", Ticks.label(100_000));
    assertEquals("2e7", Ticks.label(20_000_000));
    assertEquals("2.5e7", Ticks.label(25_000_000));
    assertEquals("-3.125e8", Ticks.label(-312_500_000));
    assertEquals("1e6", Ticks.label(999_999.9999));
  }

  @Test
  void neighbouringTicksNeverShareALabel() {
    // map northings 250 m apart: the compact form would print 6.782e6 for both
    assertEquals("6781750", Ticks.label(6_781_750, 250));
    assertEquals("6782000", Ticks.label(6_782_000, 250));
    assertEquals("450012.5", Ticks.label(450_012.5, 2.5));
    // compact where it still tells them apart
    assertEquals("4.505e5", Ticks.label(450_500, 500));
    assertEquals("2.5e7", Ticks.label(25_000_000, 5_000_000));
    assertEquals("40.000", Ticks.label(40, 0.001)); // beside 40.001
    assertEquals("40", Ticks.label(40, 10));
    assertEquals("100.12", Ticks.label(100.12, 0.02)); // %.4g alone: 100.1 for 100.12 and 100.14
    assertEquals("0.0000005", Ticks.coordinateLabeller(java.util.List.of(5e-7, 6e-7)).apply(5e-7));
    assertEquals("0.37", Ticks.coordinateLabeller(java.util.List.of(0.37)).apply(0.37));
    assertEquals("449500", Ticks.coordinateLabeller(java.util.List.of(449_500.0, 450_000.0)).apply(449_500));
    for (double[] range : new double[][] {{6_780_000, 6_782_100}, {449_300, 451_700}, {0, 3.1e7}, {1e9, 1e9 + 7}, {100.1, 100.2}, {1234.1, 1234.9}, {-2e-6, 2e-6}}) {
      java.util.List<Double> ticks = Ticks.between(range[0], range[1], 8);
      java.util.function.DoubleFunction<String> labels = Ticks.labeller(ticks);
      java.util.Set<String> distinct = new java.util.HashSet<>();
      for (double t : ticks) distinct.add(labels.apply(t));
      assertEquals(ticks.size(), distinct.size(), ticks + " -> " + distinct);
    }
  }
}

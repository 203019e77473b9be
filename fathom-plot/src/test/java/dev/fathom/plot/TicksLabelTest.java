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
}

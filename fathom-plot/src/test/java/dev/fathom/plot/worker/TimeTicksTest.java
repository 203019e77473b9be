package dev.fathom.plot.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** UTC clock ticks: the finest step whose labels fit. */
class TimeTicksTest {
  static final long T0 = 1_600_000_000L; // 2020-09-13 12:26:40 UTC

  @Test
  void halfAnHourOnAWideAxisGetsFiveMinuteTicks() {
    TimeTicks t = TimeTicks.fitting(T0, T0 + 1800, 800, 10, s -> 8 * s.length());
    assertEquals(List.of("12:30", "12:35", "12:40", "12:45", "12:50", "12:55"), t.labels());
    assertEquals(T0 + 200.0, t.values().get(0));
    assertEquals("time (UTC), 2020-09-13", t.axisLabel());
  }

  @Test
  void narrowAxesGetCoarserSteps() {
    TimeTicks t = TimeTicks.fitting(T0, T0 + 1800, 100, 10, s -> 8 * s.length());
    assertEquals(List.of("12:30", "12:45"), t.labels());
  }

  @Test
  void severalDaysShowDates() {
    TimeTicks t = TimeTicks.fitting(T0, T0 + 3 * 86400, 600, 10, s -> 8 * s.length());
    assertEquals("time (UTC)", t.axisLabel());
    assertEquals("09-14 00:00", t.labels().get(0));
  }
}

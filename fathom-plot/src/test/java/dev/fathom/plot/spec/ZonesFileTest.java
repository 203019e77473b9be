package dev.fathom.plot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.InvalidDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** distpy's well-segments file: two header lines, then start/end line pairs. */
class ZonesFileTest {
  @Test
  void pairsOfLinesMakeZonesNamedByTheStartLinesLastField() {
    List<Zone> z = ZonesFile.parse(List.of("Clusters", "m", "100 start Cluster 1A", "150.5 end", "", "300 start B", "320 end"),
        "z.txt", DepthUnit.M);
    assertEquals(List.of(new Zone(100, 150.5, "1A"), new Zone(300, 320, "B")), z);
  }

  @Test
  void aUnitInTheSecondHeaderLineIsConvertedToTheDisplayUnit() {
    List<Zone> feet = ZonesFile.parse(List.of("x", "m", "100 start A", "200 end"), "z.txt", DepthUnit.FT);
    assertEquals(328.084, feet.get(0).start(), 1e-9);
    List<Zone> metres = ZonesFile.parse(List.of("x", "ft", "328.084 start A", "656.168 end"), "z.txt", DepthUnit.M);
    assertEquals(200, metres.get(0).end(), 1e-9);
    List<Zone> asDisplay = ZonesFile.parse(List.of("x", "depths", "100 start A", "200 end"), "z.txt", DepthUnit.FT);
    assertEquals(100, asDisplay.get(0).start(), "no unit: display unit, as distpy");
  }

  @Test
  void malformedFilesNameTheLine() {
    InvalidDataException odd = assertThrows(InvalidDataException.class,
        () -> ZonesFile.parse(List.of("x", "m", "1 start A", "2 end", "3 start B"), "z.txt", DepthUnit.M));
    assertTrue(odd.getMessage().startsWith("z.txt: line 5: zone 'B' has a start line but no end line"), odd.getMessage());
    InvalidDataException nan = assertThrows(InvalidDataException.class,
        () -> ZonesFile.parse(List.of("x", "m", "top start A", "2 end"), "z.txt", DepthUnit.M));
    assertTrue(nan.getMessage().startsWith("z.txt: line 3: expected a depth"), nan.getMessage());
  }
}

package dev.fathom.plot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.InvalidDataException;
import dev.fathom.plot.Colormap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading plotsConfig.json: values, defaults, unknown keys as warnings, errors naming file and key. */
class PlotsConfigTest {
  static final String VALID = """
      {"figure_size": [6, 3], "dpi": 40, "start_of_fibre": 0, "end_of_fibre": 480,
       "time_reference": "time.npy", "depth_reference": "measured_depth.npy", "depth_display_unit": "ft",
       "well_segments": "zones/segments.txt", "BOXSIZE": 200,
       "label_list": [{"event_label_start": 150, "event_mark": "2020-09-13 12:46:40", "event_text": "Event A"}],
       "plots": [
        {"plot_type": "well_log", "out_plot": "ALL", "plot_list": [
          {"title_text": "Band 0", "data": "b0.npy", "colormap": "UAVK"},
          {"title_text": "Band 1", "data": "b1.npy"}]},
        {"plot_type": "stack", "out_plot": "STACK", "plot_list": [
          {"title_text": "A", "data": "b0.npy", "colormap": "viridis", "alpha": "0.25"},
          {"title_text": "B", "data": "b1.npy", "colormap": "Greys", "alpha": 0.5}]},
        {"plot_type": "rgb", "out_plot": "RGB", "plot_list": [
          {"data": "b0.npy", "inverted": "yes"}, {"data": "b1.npy", "inverted": "no"}, {"data": "b2.npy"}]}]}
      """;

  @Test
  void readsEveryKey() {
    PlotsConfig c = PlotsConfig.parse(VALID, "p.json", Path.of("/cfg"));
    assertEquals(List.of(), c.warnings());
    assertEquals(240, c.widthPixels());
    assertEquals(120, c.heightPixels());
    assertEquals(480, c.endOfFibre());
    assertEquals(DepthUnit.FT, c.depthUnit());
    assertEquals(Path.of("/cfg/zones/segments.txt"), c.wellSegments(), "relative to the config's folder");
    assertEquals(Instant.parse("2020-09-13T12:46:40Z"), c.events().get(0).mark(), "event_mark read as UTC");
    assertEquals(PlotType.WELL_LOG, c.plots().get(0).type());
    assertEquals(Colormap.UAVK, c.plots().get(0).panels().get(0).colormap());
    assertEquals(Colormap.MAGMA, c.plots().get(0).panels().get(1).colormap(), "distpy's default map");
    assertEquals(0.25, c.plots().get(1).panels().get(0).alpha(), "alpha as text");
    assertEquals(0.5, c.plots().get(1).panels().get(1).alpha(), "alpha as number");
    assertTrue(c.plots().get(2).panels().get(0).inverted());
    assertEquals(false, c.plots().get(2).panels().get(1).inverted());
  }

  @Test
  void unknownKeysAreWarnedAboutWithTheirPath() {
    String text = VALID.replace("\"BOXSIZE\": 200,", "\"BOXSIZE\": 200, \"colour\": 1,")
        .replace("\"colormap\": \"UAVK\"", "\"colormap\": \"UAVK\", \"vmax\": 3");
    List<String> w = PlotsConfig.parse(text, "p.json", null).warnings();
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("p.json: unknown key 'colour'"), w.get(0));
    assertTrue(w.get(1).startsWith("p.json: unknown key 'plots[0].plot_list[0].vmax'"), w.get(1));
  }

  @Test
  void errorsNameTheFileAndTheKey() {
    assertError(VALID.replace("\"time_reference\": \"time.npy\",", ""), "p.json: time_reference: missing (required)");
    assertError(VALID.replace("\"alpha\": \"0.25\"", "\"alpha\": \"lots\""),
        "p.json: plots[1].plot_list[0].alpha: must be a number");
    assertError(VALID.replace("\"alpha\": 0.5", "\"alpha\": 2"), "p.json: plots[1].plot_list[1].alpha: must be from 0 to 1");
    assertError(VALID.replace("2020-09-13 12:46:40", "13/09/2020"), "p.json: label_list[0].event_mark: must be a UTC time");
    assertError(VALID.replace("\"plot_type\": \"stack\"", "\"plot_type\": \"pie\""), "p.json: plots[1].plot_type: must be");
    assertError(VALID.replace("\"colormap\": \"viridis\"", "\"colormap\": \"virdis\""),
        "p.json: plots[1].plot_list[0].colormap: unknown colour map \"virdis\"");
    assertError(VALID.replace(", {\"data\": \"b2.npy\"}", ""), "p.json: plots[2].plot_list: an rgb plot takes exactly 3 bands");
    assertError(VALID.replace("\"depth_display_unit\": \"ft\"", "\"depth_display_unit\": \"yd\""),
        "p.json: depth_display_unit: must be \"m\" or \"ft\"");
    assertError(VALID.replace("\"out_plot\": \"RGB\"", "\"out_plot\": \"STACK\""), "p.json: plots[2].out_plot: \"STACK\" is used by two plots");
    assertError(VALID.replace("\"dpi\": 40", "\"dpi\": 0"), "p.json: dpi: must be a whole number");
  }

  @Test
  void badJsonGivesTheCharacterOffset() {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> PlotsConfig.parse("{\"dpi\": 40,, }", "p.json", null));
    assertEquals(11, e.offset());
    assertTrue(e.getMessage().startsWith("p.json: at byte 11: not valid JSON"), e.getMessage());
  }

  private static void assertError(String json, String start) {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> PlotsConfig.parse(json, "p.json", null));
    assertTrue(e.getMessage().startsWith(start), "expected '" + start + "...', got: " + e.getMessage());
  }
}

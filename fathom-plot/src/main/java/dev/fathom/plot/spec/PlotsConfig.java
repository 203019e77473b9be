package dev.fathom.plot.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SourceAccessException;
import dev.fathom.plot.Colormap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * distpy's plot-worker configuration ({@code plotsConfig.json}, specs/distpy.md §3.10), checked.
 *
 * <p>Keys: {@code figure_size} [width, height] in inches (default [12, 6]) and {@code dpi}
 * (default 100) give the picture size in pixels; {@code start_of_fibre}, {@code end_of_fibre}
 * (display depth unit, optional); {@code time_reference} (unix seconds, {@code (nt,)}) and
 * {@code depth_reference} (metres, {@code (nx,)}): .npy files relative to the input folder
 * (required); {@code depth_display_unit} "m" (default) or "ft"; {@code well_segments}: the zones
 * file ({@link ZonesFile}), relative to this config file's folder (optional);
 * {@code label_list}: events ({@link EventLabel}; {@code event_mark} as UTC); {@code plots}
 * (required, see {@link PlotSpec}, {@link Panel}); {@code BOXSIZE} (accepted, unused by plots).
 * Unknown keys are listed in {@link #warnings()}; missing required keys and bad values raise
 * {@link InvalidDataException} naming the file and the key.
 *
 * @param source the config file (or a name for it) in messages
 * @param wellSegments the zones file, resolved; null when not given
 * @param startOfFibre, endOfFibre NaN when not given
 */
public record PlotsConfig(
    String source, double widthInches, double heightInches, int dpi, double startOfFibre, double endOfFibre,
    String timeReference, String depthReference, DepthUnit depthUnit, Path wellSegments,
    List<EventLabel> events, List<PlotSpec> plots, List<String> warnings) {

  /** Largest picture accepted, in pixels (100 megapixels). */
  public static final long MAX_PIXELS = 100_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter EVENT_MARK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Set<String> TOP_KEYS = Set.of("figure_size", "dpi", "start_of_fibre", "end_of_fibre",
      "time_reference", "depth_reference", "depth_display_unit", "well_segments", "label_list", "plots", "BOXSIZE");
  private static final Set<String> EVENT_KEYS = Set.of("event_label_start", "event_mark", "event_text");
  private static final Set<String> PLOT_KEYS = Set.of("plot_type", "out_plot", "plot_list");
  private static final Set<String> PANEL_KEYS = Set.of("title_text", "data", "colormap", "alpha", "inverted");

  public PlotsConfig {
    events = List.copyOf(events);
    plots = List.copyOf(plots);
    warnings = List.copyOf(warnings);
  }

  /** Picture width in pixels ({@code figure_size[0] · dpi}). */
  public int widthPixels() {
    return (int) Math.round(widthInches * dpi);
  }

  /** Picture height in pixels ({@code figure_size[1] · dpi}). */
  public int heightPixels() {
    return (int) Math.round(heightInches * dpi);
  }

  /** Reads and checks a config file; relative {@code well_segments} resolve against its folder. */
  public static PlotsConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceAccessException(file.toString(), FathomException.NO_OFFSET, "cannot read the plots config: " + e, e);
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), dir);
  }

  /**
   * Checks a config given as JSON text.
   *
   * @param source names the config in messages
   * @param baseDir folder that a relative {@code well_segments} path resolves against
   */
  public static PlotsConfig parse(String json, String source, Path baseDir) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      long offset = e.getLocation() == null ? FathomException.NO_OFFSET : e.getLocation().getCharOffset();
      throw new InvalidDataException(source, offset, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) throw new InvalidDataException(source, FathomException.NO_OFFSET, "empty file");
    List<String> warnings = new ArrayList<>();
    ConfigObject top = new ConfigObject(root, source, "");
    top.reportUnknown(TOP_KEYS, warnings);

    double[] size = top.has("figure_size") ? top.numbers("figure_size") : new double[] {12, 6};
    if (size.length != 2 || !(size[0] > 0) || !(size[1] > 0)) {
      throw top.error("figure_size", "must be [width, height] in inches, both > 0");
    }
    double dpiValue = top.number("dpi", 100);
    if (dpiValue != Math.rint(dpiValue) || dpiValue < 10 || dpiValue > 1200) {
      throw top.error("dpi", "must be a whole number of dots per inch from 10 to 1200, found " + dpiValue);
    }
    int dpi = (int) dpiValue;
    if ((long) Math.round(size[0] * dpi) * Math.round(size[1] * dpi) > MAX_PIXELS || Math.round(size[0] * dpi) < 60
        || Math.round(size[1] * dpi) < 45) {
      throw top.error("figure_size", "figure_size · dpi must give from 60 x 45 to " + MAX_PIXELS / 1_000_000
          + " megapixels, found " + Math.round(size[0] * dpi) + " x " + Math.round(size[1] * dpi) + " pixels");
    }
    String unitName = top.string("depth_display_unit", "m");
    DepthUnit unit = DepthUnit.bySymbol(unitName);
    if (unit == null) throw top.error("depth_display_unit", "must be \"m\" or \"ft\", found \"" + unitName + "\"");
    Path segments = null;
    if (top.has("well_segments")) {
      segments = Path.of(top.string("well_segments"));
      if (!segments.isAbsolute() && baseDir != null) segments = baseDir.resolve(segments).normalize();
    }
    return new PlotsConfig(source, size[0], size[1], dpi, top.number("start_of_fibre", Double.NaN),
        top.number("end_of_fibre", Double.NaN), top.string("time_reference"), top.string("depth_reference"), unit,
        segments, events(top, warnings), plots(top, warnings), warnings);
  }

  private static List<EventLabel> events(ConfigObject top, List<String> warnings) {
    List<EventLabel> events = new ArrayList<>();
    for (ConfigObject e : top.objects("label_list", false)) {
      e.reportUnknown(EVENT_KEYS, warnings);
      events.add(new EventLabel(e.number("event_label_start"), eventMark(e), e.string("event_text", "")));
    }
    return events;
  }

  /** 'YYYY-mm-dd HH:MM:SS' as UTC (distpy: local time of the machine), or ISO-8601 with an offset. */
  private static Instant eventMark(ConfigObject e) {
    String t = e.string("event_mark").strip();
    try {
      return LocalDateTime.parse(t, EVENT_MARK).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notPlain) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException notIso) {
        throw e.error("event_mark", "must be a UTC time 'YYYY-mm-dd HH:MM:SS' (or ISO-8601 with an offset), found '" + t + "'");
      }
    }
  }

  private static List<PlotSpec> plots(ConfigObject top, List<String> warnings) {
    List<PlotSpec> plots = new ArrayList<>();
    List<ConfigObject> list = top.objects("plots", true);
    if (list.isEmpty()) throw top.error("plots", "must list at least one plot");
    Set<String> names = new java.util.HashSet<>();
    for (ConfigObject p : list) {
      p.reportUnknown(PLOT_KEYS, warnings);
      String typeName = p.string("plot_type");
      PlotType type = PlotType.byConfigName(typeName);
      if (type == null) throw p.error("plot_type", "must be well_log, stack or rgb, found \"" + typeName + "\"");
      String out = p.string("out_plot");
      if (out.isBlank() || out.contains("/") || out.contains("\\") || out.startsWith(".")) {
        throw p.error("out_plot", "must be a plain file name (no folders, not starting with '.'), found \"" + out + "\"");
      }
      if (!names.add(out)) throw p.error("out_plot", "\"" + out + "\" is used by two plots (the second would overwrite the first)");
      List<ConfigObject> entries = p.objects("plot_list", true);
      if (entries.isEmpty()) throw p.error("plot_list", "must list at least one band");
      if (type == PlotType.RGB && entries.size() != 3) {
        throw p.error("plot_list", "an rgb plot takes exactly 3 bands (red, green, blue), found " + entries.size());
      }
      List<Panel> panels = new ArrayList<>();
      for (ConfigObject b : entries) panels.add(panel(b, type, entries.size(), warnings));
      plots.add(new PlotSpec(type, out, panels));
    }
    return plots;
  }

  private static Panel panel(ConfigObject b, PlotType type, int count, List<String> warnings) {
    b.reportUnknown(PANEL_KEYS, warnings);
    String cmapName = b.string("colormap", "magma");
    Colormap cmap = Colormap.byName(cmapName);
    if (cmap == null) {
      throw b.error("colormap", "unknown colour map \"" + cmapName + "\"; known: " + String.join(", ", Colormap.names()));
    }
    double alpha = b.number("alpha", 1.0 / count);
    if (alpha < 0 || alpha > 1) throw b.error("alpha", "must be from 0 to 1, found " + alpha);
    if (type == PlotType.RGB && b.has("colormap")) warnings.add(b.error("colormap", "not used by an rgb plot").getMessage());
    return new Panel(b.string("title_text", ""), b.string("data"), cmap, alpha, b.flag("inverted", false));
  }
}

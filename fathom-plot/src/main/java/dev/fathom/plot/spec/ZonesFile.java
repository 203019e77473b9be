package dev.fathom.plot.spec;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads distpy's well-segments file ({@code well_segments}, {@code plotgenerator.read_zones}):
 * two header lines, then pairs of lines, fields separated by spaces (or commas):
 * <pre>
 * Perforation clusters        (any title)
 * m                           (the depth unit when the first field is m or ft; else anything)
 * 1200.5 start Cluster_1      (top depth first, the zone's name last)
 * 1210.0 end                  (bottom depth first)
 * </pre>
 * Blank lines after the header are skipped. When the second header line names a unit the depths
 * are converted to the display unit; otherwise they are taken as display-unit depths (what
 * distpy does: it compares them with the converted depth axis).
 */
public final class ZonesFile {
  private ZonesFile() {}

  /** The zones of {@code file}, depths in {@code display} units. */
  public static List<Zone> read(Path file, DepthUnit display) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceAccessException(file.toString(), FathomException.NO_OFFSET, "cannot read the well-segments file: " + e, e);
    }
    return parse(lines, file.toString(), display);
  }

  /** The zones of the file's {@code lines}; {@code source} names it in errors. */
  public static List<Zone> parse(List<String> lines, String source, DepthUnit display) {
    if (lines.size() < 2) {
      throw new InvalidDataException(source, FathomException.NO_OFFSET,
          "a well-segments file starts with two header lines, found " + lines.size() + " line(s)");
    }
    String[] unitLine = fields(lines.get(1));
    DepthUnit unit = unitLine.length == 0 ? null : DepthUnit.bySymbol(unitLine[0]);
    List<Zone> zones = new ArrayList<>();
    double start = Double.NaN;
    String name = null;
    int startLine = 0;
    for (int k = 2; k < lines.size(); k++) {
      String[] f = fields(lines.get(k));
      if (f.length == 0) continue;
      double depth = depth(f[0], source, k + 1);
      if (unit != null) depth = display.convert(depth, unit);
      if (name == null) {
        start = depth;
        name = f.length > 1 ? f[f.length - 1] : "";
        startLine = k + 1;
      } else {
        zones.add(new Zone(start, depth, name));
        name = null;
      }
    }
    if (name != null) {
      throw new InvalidDataException(source, FathomException.NO_OFFSET,
          "line " + startLine + ": zone '" + name + "' has a start line but no end line (zones are pairs of lines)");
    }
    return List.copyOf(zones);
  }

  private static String[] fields(String line) {
    String t = line.strip();
    return t.isEmpty() ? new String[0] : t.split("[\\s,]+");
  }

  private static double depth(String field, String source, int line) {
    try {
      double d = Double.parseDouble(field);
      if (Double.isFinite(d)) return d;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidDataException(source, FathomException.NO_OFFSET,
        "line " + line + ": expected a depth as the first field, found '" + field + "'");
  }
}

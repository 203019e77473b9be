package dev.fathom.cli.attributes;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.pipeline.attributes.AttributeTable;
import dev.fathom.plot.AttributeMap;
import dev.fathom.plot.Colormap;
import java.nio.file.Path;

/** The {@code --map} picture of one attribute column over CDP X/Y ({@link AttributeMap}). */
public final class MapOutput {
  private MapOutput() {}

  /**
   * Draws column {@code column} (null: the first value column) of {@code t} and writes it as PNG to
   * {@code target} (atomically).
   */
  public static void write(AttributeTable t, String column, String title, Path target) {
    String col = column != null ? column : t.valueColumns().get(0);
    if (!t.valueColumns().contains(col)) {
      throw new InvalidDataException("--map-attribute", FathomException.NO_OFFSET,
          "no column '" + col + "' in " + t.valueColumns());
    }
    int n = t.rows();
    double[] x = new double[n];
    double[] y = new double[n];
    int[] il = new int[n];
    int[] xl = new int[n];
    boolean[] dead = new boolean[n];
    for (int r = 0; r < n; r++) {
      x[r] = t.cdpX(r);
      y[r] = t.cdpY(r);
      il[r] = t.inline(r);
      xl[r] = t.crossline(r);
      dead[r] = t.dead(r);
    }
    AttributeMap.Traces traces = new AttributeMap.Traces(x, y, t.column(col), il, xl, dead);
    AttributeMap.Style style = new AttributeMap.Style(title, col, "m", Colormap.VIRIDIS, Double.NaN, Double.NaN, 1400, 1100);
    AttributeMap.draw(traces, style).canvas().writePng(target);
  }
}

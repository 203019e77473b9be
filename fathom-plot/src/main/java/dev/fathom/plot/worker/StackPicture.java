package dev.fathom.plot.worker;

import dev.fathom.plot.Canvas;
import dev.fathom.plot.ColourBar;
import dev.fathom.plot.PlotArea;
import dev.fathom.plot.Ticks;
import dev.fathom.plot.spec.Panel;
import dev.fathom.plot.spec.PlotSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * distpy's {@code stack} (StackPlotCommand): all bands in one panel, each coloured by its map from 0
 * to {@link BandScale#vmax} and laid over the white background and the bands before it with its
 * opacity ({@code alpha}), as matplotlib's {@code imshow(alpha=...)} composites; a vertical colour
 * bar per band at the right, captioned with the band's title and opacity.
 */
final class StackPicture {
  private StackPicture() {}

  static Picture draw(LogFrame f, PlotSpec spec) {
    Canvas c = f.canvas();
    List<Panel> panels = spec.panels();
    int n = panels.size();
    double[][][] bands = new double[n][][];
    double[] vmax = new double[n];
    List<String> titles = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      bands[k] = f.data.band(panels.get(k).data());
      vmax[k] = BandScale.vmax(bands[k]);
      titles.add(panels.get(k).title());
    }
    int barWidth = Math.max(6, f.fontPixels);
    int[] barSpace = new int[n];
    int bars = 0;
    for (int k = 0; k < n; k++) {
      int widest = 0;
      for (double t : Ticks.between(0, vmax[k], 10)) widest = Math.max(widest, c.metrics().stringWidth(Ticks.label(t)));
      barSpace[k] = f.pad + barWidth + PlotArea.TICK + 2 + widest + 3 + c.metrics().getHeight();
      bars += barSpace[k];
    }
    int titleHeight = f.titleHeight(c);
    int left = f.leftMargin(c);
    int right = c.width() - f.pad - bars;
    int top = f.pad + titleHeight + f.pad;
    int bottom = c.height() - f.bottomMargin(c);
    PlotArea a = f.area(left, top, right - left, bottom - top);
    f.paint(c, a, (i, j) -> composite(panels, bands, vmax, i, j));
    TimeTicks time = f.timeTicks(c, a.width());
    f.decorate(c, a, time, true, true);
    f.title(c, "Stack of " + String.join(", ", titles), left, right, f.pad + c.metrics().getAscent());
    f.timeCaption(c, left, right, time);
    int x = right + f.pad;
    for (int k = 0; k < n; k++) {
      Panel p = panels.get(k);
      String caption = p.title() + String.format(Locale.ROOT, " (alpha %.2g)", p.alpha());
      ColourBar.vertical(c, x, top, barWidth, bottom - top, p.colormap(), 0, vmax[k], 0, caption);
      x += barSpace[k];
    }
    return new Picture(c, List.of(a));
  }

  /** White, then each band's colour laid over with its alpha (non-finite values leave it unchanged). */
  static int composite(List<Panel> panels, double[][][] bands, double[] vmax, int i, int j) {
    double r = 255;
    double g = 255;
    double b = 255;
    for (int k = 0; k < bands.length; k++) {
      double v = bands[k][i][j];
      if (!Double.isFinite(v)) continue;
      int rgb = panels.get(k).colormap().rgb(v / vmax[k]);
      double a = panels.get(k).alpha();
      r = (1 - a) * r + a * ((rgb >> 16) & 255);
      g = (1 - a) * g + a * ((rgb >> 8) & 255);
      b = (1 - a) * b + a * (rgb & 255);
    }
    return ((int) Math.round(r) << 16) | ((int) Math.round(g) << 8) | (int) Math.round(b);
  }
}

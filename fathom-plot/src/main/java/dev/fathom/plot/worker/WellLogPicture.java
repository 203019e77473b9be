package dev.fathom.plot.worker;

import dev.fathom.plot.Canvas;
import dev.fathom.plot.ColourBar;
import dev.fathom.plot.PlotArea;
import dev.fathom.plot.spec.Panel;
import dev.fathom.plot.spec.PlotSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * distpy's {@code well_log} (WellLogPlotCommand): one waterfall panel per band, side by side, equal
 * widths, sharing the depth axis (labelled on the first panel); each panel with its title, its
 * colour map from 0 to {@link BandScale#vmax} and a horizontal colour bar above it.
 */
final class WellLogPicture {
  private WellLogPicture() {}

  static Picture draw(LogFrame f, PlotSpec spec) {
    Canvas c = f.canvas();
    int n = spec.panels().size();
    int gap = Math.max(6, f.fontPixels);
    int barHeight = Math.max(4, f.fontPixels * 2 / 3);
    int titleHeight = f.titleHeight(c);
    int left = f.leftMargin(c);
    int right = c.width() - 2 * f.pad;
    int barTop = f.pad + titleHeight + f.pad / 2;
    int top = barTop + ColourBar.horizontalHeight(c, barHeight) + f.pad / 2;
    int bottom = c.height() - f.bottomMargin(c);
    int width = Math.max(1, (right - left - (n - 1) * gap) / n);
    TimeTicks time = f.timeTicks(c, width);
    List<PlotArea> areas = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Panel p = spec.panels().get(k);
      int x = left + k * (width + gap);
      double[][] band = f.data.band(p.data());
      double vmax = BandScale.vmax(band);
      PlotArea a = f.area(x, top, width, bottom - top);
      areas.add(a);
      f.paint(c, a, (i, j) -> p.colormap().rgb(band[i][j] / vmax));
      f.decorate(c, a, time, k == 0, k == 0);
      f.title(c, p.title(), x, x + width, f.pad + c.metrics().getAscent());
      ColourBar.horizontal(c, x, barTop, width, barHeight, p.colormap(), 0, vmax);
    }
    f.timeCaption(c, left, left + n * width + (n - 1) * gap, time);
    return new Picture(c, areas);
  }
}

package dev.fathom.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * A colour bar: the colours of a {@link Colormap} between {@code vmin} and {@code vmax} in a strip,
 * with tick labels (as many as fit without overlapping) and an optional caption.
 */
public final class ColourBar {
  private ColourBar() {}

  /**
   * A vertical bar, {@code vmin} at the bottom; ticks and labels to its right, then the caption
   * reading upwards.
   *
   * @param levels number of discrete colours (below 2: continuous)
   * @param caption text beside the labels, or null
   * @return the x just right of everything drawn
   */
  public static int vertical(Canvas c, int x, int top, int w, int h, Colormap cmap, double vmin, double vmax,
      int levels, String caption) {
    for (int y = 0; y < h; y++) {
      int rgb = cmap.rgb(quantize(1 - (double) y / Math.max(1, h - 1), levels));
      for (int i = 0; i < w; i++) c.setRgb(x + i, top + y, rgb);
    }
    Graphics2D g = c.graphics();
    FontMetrics fm = c.metrics();
    g.setColor(Color.BLACK);
    g.drawRect(x, top, w, h);
    PlotArea strip = new PlotArea(x, top, w, h, 0, 1, vmax, vmin);
    List<Double> ticks = Ticks.fitting(vmin, vmax, h, 2, s -> fm.getAscent());
    int labelsRight = x + w;
    java.util.function.DoubleFunction<String> labels = Ticks.labeller(ticks);
    for (double t : ticks) {
      int y = Math.min(strip.py(t), top + h);
      g.drawLine(x + w, y, x + w + PlotArea.TICK, y);
      String l = labels.apply(t);
      g.drawString(l, x + w + PlotArea.TICK + 2, y + (fm.getAscent() - fm.getDescent()) / 2);
      labelsRight = Math.max(labelsRight, x + w + PlotArea.TICK + 2 + fm.stringWidth(l));
    }
    if (caption == null || caption.isEmpty()) return labelsRight;
    c.textUpwards(caption, labelsRight + 3, top + h / 2);
    return labelsRight + 3 + fm.getHeight();
  }

  /**
   * A horizontal bar, {@code vmin} at the left; ticks and labels below it, the labels kept within
   * the bar's width.
   *
   * @return the y just below the labels
   */
  public static int horizontal(Canvas c, int left, int top, int w, int h, Colormap cmap, double vmin, double vmax) {
    for (int x = 0; x < w; x++) {
      int rgb = cmap.rgb((double) x / Math.max(1, w - 1));
      for (int y = 0; y < h; y++) c.setRgb(left + x, top + y, rgb);
    }
    Graphics2D g = c.graphics();
    FontMetrics fm = c.metrics();
    g.setColor(Color.BLACK);
    g.drawRect(left, top, w, h);
    PlotArea strip = new PlotArea(left, top, w, h, vmin, vmax, 0, 1);
    int lastRight = Integer.MIN_VALUE;
    List<Double> ticks = Ticks.fitting(vmin, vmax, w, fm.charWidth('0'), fm::stringWidth);
    java.util.function.DoubleFunction<String> labels = Ticks.labeller(ticks);
    for (double t : ticks) {
      int x = Math.min(strip.px(t), left + w);
      g.drawLine(x, top + h, x, top + h + PlotArea.TICK);
      String l = labels.apply(t);
      int textLeft = Math.max(left, Math.min(left + w - fm.stringWidth(l), x - fm.stringWidth(l) / 2));
      if (textLeft < lastRight + fm.charWidth('0')) continue; // kept inside the bar, it would touch its neighbour
      g.drawString(l, textLeft, top + h + PlotArea.TICK + 1 + fm.getAscent());
      lastRight = textLeft + fm.stringWidth(l);
    }
    return top + h + PlotArea.bottomTicksHeight(c);
  }

  /** Height in pixels of a horizontal bar of strip height {@code h} with its labels. */
  public static int horizontalHeight(Canvas c, int h) {
    return h + PlotArea.bottomTicksHeight(c);
  }

  /** {@code f} in [0, 1] rounded down to one of {@code levels} colours (no rounding for levels &lt; 2). */
  static double quantize(double f, int levels) {
    if (levels < 2 || Double.isNaN(f)) return f;
    double c = Math.max(0, Math.min(1, f));
    return Math.min(levels - 1, Math.floor(c * levels)) / (levels - 1);
  }
}

package dev.fathom.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The thumbnail's matplotlib-like figure: one plot area placed with matplotlib's default subplot
 * margins, axes with ticks and labels, a title and a colour bar at the right. The plot area is
 * filled by {@link Waterfall} or {@link Scatter}.
 */
final class Figure {
  final Canvas canvas;
  final BufferedImage image;
  final Graphics2D g;
  final FontMetrics fm;
  final int left;
  final int top;
  final int width;
  final int height;
  private final int figureWidth;

  Figure(int w, int h) {
    figureWidth = Math.max(60, w);
    int fh = Math.max(45, h);
    canvas = new Canvas(figureWidth, fh, Math.max(7, fh / 28));
    image = canvas.image();
    g = canvas.graphics();
    fm = canvas.metrics();
    left = (int) (0.125 * figureWidth) + fm.getHeight();
    top = (int) (0.12 * fh);
    width = Math.max(1, (int) (0.78 * figureWidth) - left);
    height = Math.max(1, (int) (0.89 * fh) - fm.getHeight() - top);
  }

  /**
   * Frame, ticks and labels: the horizontal axis runs from {@code h0} (left) to {@code h1}, the
   * vertical one from {@code v0} (top) to {@code v1} (bottom).
   */
  void axes(double h0, double h1, double v0, double v1, String hLabel, String vLabel, String title) {
    PlotArea area = new PlotArea(left, top, width, height, h0, h1, v0, v1);
    g.setColor(Color.BLACK);
    g.drawRect(left, top, width, height);
    area.bottomTicks(canvas, Ticks.between(h0, h1), Ticks::label);
    area.leftTicks(canvas, Ticks.between(v0, v1), Ticks::label);
    canvas.textCentred(hLabel, left + width / 2, image.getHeight() - fm.getDescent() - 1);
    canvas.textUpwards(vLabel, 0, top + height / 2);
    canvas.textCentred(title, left + width / 2, top - fm.getDescent() - 2);
  }

  /** A vertical colour bar right of the plot, {@code vmin} at the bottom, with tick labels. */
  void colourBar(Colormap cmap, double vmin, double vmax, int levels) {
    ColourBar.vertical(canvas, left + width + (int) (0.03 * figureWidth), top, Math.max(4, (int) (0.03 * figureWidth)),
        height, cmap, vmin, vmax, levels, null);
  }

  /** The encoded picture ("png", "jpg"). */
  byte[] encode(String format) {
    return canvas.encode(format);
  }

  static double fraction(double v, double a, double b) {
    return Canvas.fraction(v, a, b);
  }

  static double quantize(double f, int levels) {
    return ColourBar.quantize(f, levels);
  }
}

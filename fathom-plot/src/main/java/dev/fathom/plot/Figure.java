package dev.fathom.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A matplotlib-like figure with one plot area, axes with ticks and labels, a title and a colour
 * bar, drawn with Java2D (headless) and encoded by ImageIO. Layout follows matplotlib's default
 * subplot margins. The plot area is filled by {@link Waterfall} or {@link Scatter}.
 * (Belongs in fathom-plot once that module exists.)
 */
final class Figure {
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
    image = new BufferedImage(figureWidth, fh, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, figureWidth, fh);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(7, fh / 28)));
    fm = g.getFontMetrics();
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
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(left, top, width, height);
    int bottom = top + height;
    for (double t : Ticks.between(h0, h1)) {
      int px = left + (int) Math.round(fraction(t, h0, h1) * width);
      g.drawLine(px, bottom, px, bottom + 3);
      String l = Ticks.label(t);
      g.drawString(l, px - fm.stringWidth(l) / 2, bottom + 4 + fm.getAscent());
    }
    for (double x : Ticks.between(v0, v1)) {
      int py = top + (int) Math.round(fraction(x, v0, v1) * height);
      g.drawLine(left - 3, py, left, py);
      String l = Ticks.label(x);
      g.drawString(l, left - 5 - fm.stringWidth(l), py + fm.getAscent() / 2);
    }
    g.drawString(hLabel, left + (width - fm.stringWidth(hLabel)) / 2, image.getHeight() - fm.getDescent() - 1);
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(vLabel, -(top + (height + fm.stringWidth(vLabel)) / 2), fm.getAscent());
    g.setTransform(saved);
    g.drawString(title, left + (width - fm.stringWidth(title)) / 2, top - fm.getDescent() - 2);
  }

  /** A vertical colour bar right of the plot, {@code vmin} at the bottom, with tick labels. */
  void colourBar(Colormap cmap, double vmin, double vmax, int levels) {
    int x = left + width + (int) (0.03 * figureWidth);
    int bw = Math.max(4, (int) (0.03 * figureWidth));
    for (int py = 0; py < height; py++) {
      int rgb = cmap.rgb(quantize(1 - (double) py / Math.max(1, height - 1), levels));
      for (int px = 0; px < bw; px++) image.setRGB(x + px, top + py, rgb);
    }
    g.setColor(Color.BLACK);
    g.drawRect(x, top, bw, height);
    for (double t : Ticks.between(vmin, vmax)) {
      int py = top + height - (int) Math.round(fraction(t, vmin, vmax) * height);
      g.drawLine(x + bw, py, x + bw + 3, py);
      g.drawString(Ticks.label(t), x + bw + 5, py + fm.getAscent() / 2);
    }
  }

  /** The encoded picture ("png", "jpg"). */
  byte[] encode(String format) {
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) throw new IllegalArgumentException("no image writer for " + format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Where {@code v} lies between {@code a} (0) and {@code b} (1). */
  static double fraction(double v, double a, double b) {
    return b == a ? 0.5 : (v - a) / (b - a);
  }

  /** {@code f} in [0, 1] rounded down to one of {@code levels} colours (no rounding for levels &lt; 2). */
  static double quantize(double f, int levels) {
    if (levels < 2 || Double.isNaN(f)) return f;
    double c = Math.max(0, Math.min(1, f));
    return Math.min(levels - 1, Math.floor(c * levels)) / (levels - 1);
  }
}

package dev.fathom.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A rectangle of a {@link Canvas} (in pixels) showing a horizontal data range {@code h0} (left
 * edge) to {@code h1} (right edge) and a vertical range {@code v0} (top edge) to {@code v1}
 * (bottom edge), as matplotlib's axes: maps data values to pixels and draws the frame and ticks.
 * Either range may run backwards (e.g. depth increasing downwards: v0 &lt; v1).
 */
public record PlotArea(int left, int top, int width, int height, double h0, double h1, double v0, double v1) {
  /** Tick mark length in pixels. */
  public static final int TICK = 3;

  public int right() {
    return left + width;
  }

  public int bottom() {
    return top + height;
  }

  /** The pixel column of horizontal value {@code h} (may lie outside the area). */
  public int px(double h) {
    return left + (int) Math.floor(Canvas.fraction(h, h0, h1) * width);
  }

  /** The pixel row of vertical value {@code v} (may lie outside the area). */
  public int py(double v) {
    return top + (int) Math.floor(Canvas.fraction(v, v0, v1) * height);
  }

  /** The horizontal value at the centre of pixel column {@code x}. */
  public double hAt(int x) {
    return h0 + (x - left + 0.5) / width * (h1 - h0);
  }

  /** The vertical value at the centre of pixel row {@code y}. */
  public double vAt(int y) {
    return v0 + (y - top + 0.5) / height * (v1 - v0);
  }

  /** Whether pixel (x, y) lies inside the area. */
  public boolean contains(int x, int y) {
    return x >= left && x < right() && y >= top && y < bottom();
  }

  /** The black frame around the area. */
  public void frame(Canvas c) {
    Graphics2D g = c.graphics();
    g.setColor(Color.BLACK);
    g.drawRect(left - 1, top - 1, width + 1, height + 1);
  }

  /** Tick marks below the area at horizontal values {@code ticks}, labelled by {@code label} when not null. */
  public void bottomTicks(Canvas c, List<Double> ticks, DoubleFunction<String> label) {
    Graphics2D g = c.graphics();
    FontMetrics fm = c.metrics();
    g.setColor(Color.BLACK);
    for (double t : ticks) {
      int x = px(t);
      if (x < left - 1 || x > right()) continue;
      g.drawLine(x, bottom(), x, bottom() + TICK);
      if (label != null) c.textCentred(label.apply(t), x, bottom() + TICK + 1 + fm.getAscent());
    }
  }

  /** Tick marks left of the area at vertical values {@code ticks}, labelled by {@code label} when not null. */
  public void leftTicks(Canvas c, List<Double> ticks, DoubleFunction<String> label) {
    Graphics2D g = c.graphics();
    FontMetrics fm = c.metrics();
    g.setColor(Color.BLACK);
    for (double t : ticks) {
      int y = py(t);
      if (y < top - 1 || y > bottom()) continue;
      g.drawLine(left - TICK - 1, y, left - 1, y);
      if (label != null) {
        String l = label.apply(t);
        g.drawString(l, left - TICK - 3 - fm.stringWidth(l), y + (fm.getAscent() - fm.getDescent()) / 2);
      }
    }
  }

  /** Height in pixels taken below the area by bottom ticks with labels. */
  public static int bottomTicksHeight(Canvas c) {
    return TICK + 1 + c.metrics().getHeight();
  }
}

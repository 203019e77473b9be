package dev.fathom.plot.worker;

import dev.fathom.plot.Canvas;
import dev.fathom.plot.PlotArea;
import dev.fathom.plot.Ticks;
import dev.fathom.plot.spec.EventLabel;
import dev.fathom.plot.spec.PlotsConfig;
import dev.fathom.plot.spec.Zone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.List;

/**
 * What every plot-worker picture shares: depth down the vertical axis, UTC time along the
 * horizontal one (both drawn as sample cells, {@link Axis1D}), the margins for their tick labels,
 * and the annotations of specs/distpy.md §3.10 drawn at their real coordinates: zones (red lines
 * at their start and end depths, name in a yellow box), start and end of fibre (black-and-white
 * dashed lines), events (red vertical line at the event time, text downwards in a yellow box
 * from {@code event_label_start}).
 */
final class LogFrame {
  private static final Color ZONE = new Color(0xd62728);
  private static final Color EVENT = new Color(0xd62728);
  private static final Color LABEL_BOX = new Color(255, 255, 0, 217); // yellow, alpha 0.85 as distpy

  final LogData data;
  final PlotsConfig config;
  final List<Zone> zones;
  final Axis1D rows;
  final Axis1D columns;
  /** Normal font size in pixels: 9 points at the config's dpi, at least 9 pixels. */
  final int fontPixels;
  /** Spacing unit in pixels. */
  final int pad;

  LogFrame(LogData data, PlotsConfig config, List<Zone> zones) {
    this.data = data;
    this.config = config;
    this.zones = zones;
    this.rows = new Axis1D(data.depth());
    this.columns = new Axis1D(data.time());
    this.fontPixels = Math.max(9, (int) Math.round(9.0 * config.dpi() / 72));
    this.pad = Math.max(3, fontPixels / 2);
  }

  /** A blank picture of the config's size with the normal font. */
  Canvas canvas() {
    return new Canvas(config.widthPixels(), config.heightPixels(), fontPixels);
  }

  /** The plot area at this rectangle showing all samples, time to the right, depth downwards. */
  PlotArea area(int left, int top, int width, int height) {
    return new PlotArea(left, top, Math.max(1, width), Math.max(1, height), columns.first(), columns.last(), rows.first(),
        rows.last());
  }

  /** Width left of a plot area for the depth caption, tick labels and ticks. */
  int leftMargin(Canvas c) {
    FontMetrics fm = c.metrics();
    int widest = 0;
    for (double t : Ticks.between(rows.first(), rows.last(), 10)) widest = Math.max(widest, fm.stringWidth(Ticks.label(t)));
    return pad + fm.getHeight() + pad + widest + PlotArea.TICK + 3;
  }

  /** Height below a plot area for time tick labels and the time caption. */
  int bottomMargin(Canvas c) {
    return PlotArea.bottomTicksHeight(c) + c.metrics().getHeight() + pad;
  }

  /** Height of a title line in the title font. */
  int titleHeight(Canvas c) {
    return c.graphics().getFontMetrics(titleFont(c)).getHeight();
  }

  /** The time ticks for plot areas {@code width} pixels wide. */
  TimeTicks timeTicks(Canvas c, int width) {
    FontMetrics fm = c.metrics();
    return TimeTicks.fitting(columns.first(), columns.last(), width, 2 * fm.charWidth('0'), fm::stringWidth);
  }

  /** Paints each pixel of {@code a} with the colour of the sample cell under it. */
  void paint(Canvas c, PlotArea a, CellColour colour) {
    int[] column = new int[a.width()];
    for (int x = 0; x < a.width(); x++) column[x] = columns.index(a.hAt(a.left() + x));
    for (int y = 0; y < a.height(); y++) {
      int i = rows.index(a.vAt(a.top() + y));
      for (int x = 0; x < a.width(); x++) c.setRgb(a.left() + x, a.top() + y, colour.rgb(i, column[x]));
    }
  }

  /** The colour (0xRRGGBB) of the cell at depth row {@code i}, time column {@code j}. */
  @FunctionalInterface
  interface CellColour {
    int rgb(int i, int j);
  }

  /**
   * Frame, ticks (labels where asked) and annotations of one plot area.
   *
   * @param depthLabels whether to label the depth ticks and caption the depth axis
   * @param zoneNames whether to write the zone names
   */
  void decorate(Canvas c, PlotArea a, TimeTicks time, boolean depthLabels, boolean zoneNames) {
    annotate(c, a, zoneNames);
    a.frame(c);
    FontMetrics fm = c.metrics();
    List<Double> depthTicks = Ticks.fitting(rows.first(), rows.last(), a.height(), fm.getAscent(), s -> fm.getAscent());
    a.leftTicks(c, depthTicks, depthLabels ? Ticks::label : null);
    Graphics2D g = c.graphics();
    int gap = fm.charWidth('0');
    for (int k = 0; k < time.values().size(); k++) {
      int x = a.px(time.values().get(k));
      if (x < a.left() || x > a.right()) continue;
      g.drawLine(x, a.bottom(), x, a.bottom() + PlotArea.TICK);
      String l = time.labels().get(k);
      int w = fm.stringWidth(l);
      // kept within the panel (and half the gap to the next), still covering its tick
      int textLeft = Math.max(x - w, Math.max(a.left() - gap / 2, Math.min(x - w / 2, a.right() + gap / 2 - w)));
      if (textLeft + w < x || textLeft < a.left() - gap / 2 || textLeft + w > a.right() + gap / 2) continue;
      g.drawString(l, textLeft, a.bottom() + PlotArea.TICK + 1 + fm.getAscent());
    }
    if (depthLabels) {
      c.textUpwards("depth (" + data.unit().label() + ")", pad, a.top() + a.height() / 2);
    }
  }

  /** The time caption centred under the span [left, right] of plot areas. */
  void timeCaption(Canvas c, int left, int right, TimeTicks time) {
    c.graphics().setColor(Color.BLACK);
    c.textCentred(time.axisLabel(), (left + right) / 2, c.height() - pad / 2 - c.metrics().getDescent());
  }

  /** A title centred over [left, right] (over the figure when wider) with its baseline at {@code baseline}. */
  void title(Canvas c, String text, int left, int right, int baseline) {
    Graphics2D g = c.graphics();
    Font saved = g.getFont();
    g.setFont(titleFont(c));
    g.setColor(Color.BLACK);
    FontMetrics fm = g.getFontMetrics();
    int w = fm.stringWidth(text);
    int centre = w <= right - left ? (left + right) / 2 : c.width() / 2; // too wide for the panels: the figure
    int x = Math.max(2, centre - w / 2);
    g.drawString(text, x, baseline);
    g.setFont(saved);
  }

  private Font titleFont(Canvas c) {
    return c.font().deriveFont(Font.BOLD, Math.round(c.font().getSize() * 1.15f));
  }

  private void annotate(Canvas c, PlotArea a, boolean zoneNames) {
    Graphics2D g = c.graphics();
    Shape clip = g.getClip();
    g.setClip(a.left(), a.top(), a.width(), a.height());
    FontMetrics fm = c.metrics();
    for (double d : new double[] {config.startOfFibre(), config.endOfFibre()}) {
      if (!Double.isFinite(d) || !rows.covers(d)) continue;
      int y = a.py(d);
      g.setColor(Color.WHITE);
      g.drawLine(a.left(), y, a.right(), y);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
      g.drawLine(a.left(), y, a.right(), y);
      g.setStroke(new BasicStroke(1f));
    }
    int lastNameBottom = Integer.MIN_VALUE;
    for (Zone z : zones) {
      g.setColor(ZONE);
      for (double d : new double[] {z.start(), z.end()}) {
        if (rows.covers(d)) g.drawLine(a.left(), a.py(d), a.right(), a.py(d));
      }
      if (zoneNames && rows.covers(z.start()) && !z.name().isEmpty()) {
        int top = a.py(z.start()) + 1;
        if (top > lastNameBottom && fm.stringWidth(z.name()) + 8 <= a.width() * 2 / 3) {
          box(c, z.name(), a.left() + 2, top, false);
          lastNameBottom = top + fm.getHeight();
        }
      }
    }
    for (EventLabel e : config.events()) {
      double t = e.mark().toEpochMilli() / 1000.0;
      if (!columns.covers(t)) continue;
      int x = a.px(t);
      g.setColor(EVENT);
      g.drawLine(x, a.top(), x, a.bottom());
      double d = Math.max(rows.first(), Math.min(rows.last(), e.labelDepth()));
      int y = a.py(d);
      if (!e.text().isEmpty() && y + fm.stringWidth(e.text()) + 4 <= a.bottom() && x + fm.getHeight() <= a.right()) {
        box(c, e.text(), x + 1, y, true);
      }
    }
    g.setClip(clip);
  }

  /** {@code text} in a yellow box with its top left corner at (x, y), written downwards when {@code vertical}. */
  private static void box(Canvas c, String text, int x, int y, boolean vertical) {
    Graphics2D g = c.graphics();
    FontMetrics fm = c.metrics();
    int w = fm.stringWidth(text) + 4;
    int h = fm.getHeight();
    g.setColor(LABEL_BOX);
    if (vertical) g.fillRect(x, y, h, w);
    else g.fillRect(x, y, w, h);
    g.setColor(Color.BLACK);
    if (vertical) c.textDownwards(text, x, y + 2);
    else g.drawString(text, x + 2, y + fm.getAscent());
  }
}

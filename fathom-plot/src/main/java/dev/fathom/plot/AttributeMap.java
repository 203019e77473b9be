package dev.fathom.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * A map of one value per trace (an attribute: mean amplitude, RMS, ...) at the traces' CDP
 * coordinates, in map units with equal scales on both axes, north (growing y) up, with a colour bar
 * captioned with the attribute's name and a title.
 *
 * <p>When inline and crossline numbers are given and span at least two of each, the survey is drawn
 * as a grid: the affine map from (inline, crossline) to (x, y) is fitted to the traces by least
 * squares, and each trace's bin is filled as the quadrilateral of its corners (inline ± half the
 * inline step, crossline ± half the crossline step), so rotated surveys are drawn as they lie;
 * bins without a trace or with a non-finite value stay blank. Otherwise each trace is a dot whose
 * size follows the point density. Dead traces (flag) are drawn grey.
 */
public final class AttributeMap {
  /** Colour of dead traces. */
  public static final int DEAD_GREY = 0x9e9e9e;

  private AttributeMap() {}

  /**
   * Per-trace input, all arrays of the same length.
   *
   * @param x, y CDP coordinates in map units (non-finite: trace not drawn)
   * @param values the attribute (non-finite: blank)
   * @param inline, crossline bin numbers, or null for scattered traces
   * @param dead flags of dead traces, or null
   */
  public record Traces(double[] x, double[] y, double[] values, int[] inline, int[] crossline, boolean[] dead) {
    public Traces {
      int n = x.length;
      if (y.length != n || values.length != n || inline != null && inline.length != n
          || crossline != null && crossline.length != n || dead != null && dead.length != n) {
        throw new IllegalArgumentException("per-trace arrays of different lengths");
      }
      if ((inline == null) != (crossline == null)) throw new IllegalArgumentException("inline and crossline go together");
    }

    boolean isDead(int k) {
      return dead != null && dead[k];
    }
  }

  /**
   * How the map looks.
   *
   * @param attribute the attribute's name (colour bar caption)
   * @param mapUnit unit of the coordinates ("m", "ft"), shown in the axis captions
   * @param vmin, vmax colour range; NaN takes the smallest / largest finite value of the live traces
   * @param width, height picture size in pixels
   */
  public record Style(String title, String attribute, String mapUnit, Colormap colormap, double vmin, double vmax,
      int width, int height) {}

  /** A drawn map and the area the coordinates were drawn in. */
  public record Drawn(Canvas canvas, PlotArea area, boolean gridded) {}

  /** Draws the map. */
  public static Drawn draw(Traces t, Style s) {
    int fontPixels = Math.max(10, Math.min(s.width(), s.height()) / 45);
    Canvas c = new Canvas(s.width(), s.height(), fontPixels);
    FontMetrics fm = c.metrics();
    int pad = Math.max(3, fontPixels / 2);
    double[] range = colourRange(t, s);
    GridFit grid = t.inline() == null ? null : GridFit.of(t);
    double[] extent = grid != null ? grid.extent(t) : pointExtent(t);
    // room: title above, colour bar right, tick labels and captions left and below
    int barWidth = Math.max(8, fontPixels);
    int barSpace = pad + barWidth + PlotArea.TICK + 2 + widestLabel(fm, range[0], range[1]) + 3 + fm.getHeight() + pad;
    int top = pad + fm.getHeight() + pad;
    int left = pad + fm.getHeight() + pad + widestLabel(fm, extent[2], extent[3]) + PlotArea.TICK + 3;
    int right = c.width() - barSpace;
    int bottom = c.height() - PlotArea.bottomTicksHeight(c) - fm.getHeight() - pad;
    PlotArea area = equalScale(left, top, right - left, bottom - top, extent);
    Graphics2D g = c.graphics();
    if (grid != null) grid.paint(c, area, t, s.colormap(), range);
    else points(c, area, t, s.colormap(), range);
    area.frame(c);
    List<Double> xTicks = Ticks.fitting(area.h0(), area.h1(), area.width(), 2 * fm.charWidth('0'), fm::stringWidth,
        Ticks::coordinateLabeller);
    List<Double> yTicks = Ticks.fitting(area.v1(), area.v0(), area.height(), fm.getAscent(), l -> fm.getAscent(),
        Ticks::coordinateLabeller);
    area.bottomTicks(c, xTicks, Ticks.coordinateLabeller(xTicks));
    area.leftTicks(c, yTicks, Ticks.coordinateLabeller(yTicks));
    String unit = s.mapUnit() == null || s.mapUnit().isEmpty() ? "" : " (" + s.mapUnit() + ")";
    g.setColor(Color.BLACK);
    // captions and title hug the area (which equal scales may have shrunk)
    c.textCentred("X" + unit, area.left() + area.width() / 2, area.bottom() + PlotArea.bottomTicksHeight(c) + fm.getAscent());
    c.textUpwards("Y" + unit, pad, area.top() + area.height() / 2);
    c.textCentred(s.title(), c.width() / 2, area.top() - pad - fm.getDescent());
    int barX = area.right() + 2 * pad;
    ColourBar.vertical(c, barX, area.top(), barWidth, area.height(), s.colormap(), range[0], range[1], 0, s.attribute());
    if (t.dead() != null && anyDead(t)) {
      int y = Math.min(c.height() - fm.getHeight(), area.bottom() + PlotArea.TICK + 2);
      c.graphics().setColor(new Color(DEAD_GREY));
      c.graphics().fillRect(barX, y, barWidth, fm.getAscent());
      c.graphics().setColor(Color.BLACK);
      c.graphics().drawString("dead", barX + barWidth + 3, y + fm.getAscent());
    }
    return new Drawn(c, area, grid != null);
  }

  /** The largest pixel width of the tick labels of [a, b]. */
  private static int widestLabel(FontMetrics fm, double a, double b) {
    int w = 0;
    List<Double> ticks = Ticks.between(a, b, 10);
    DoubleFunction<String> labels = Ticks.coordinateLabeller(ticks);
    for (double v : ticks) w = Math.max(w, fm.stringWidth(labels.apply(v)));
    return w;
  }

  /** The area of the given rectangle, shrunk on one side so that one map unit is as long in x as in y. */
  static PlotArea equalScale(int left, int top, int width, int height, double[] extent) {
    double dx = Math.max(extent[1] - extent[0], 1e-9);
    double dy = Math.max(extent[3] - extent[2], 1e-9);
    double scale = Math.min(width / dx, height / dy); // pixels per map unit
    int w = Math.max(1, (int) Math.round(dx * scale));
    int h = Math.max(1, (int) Math.round(dy * scale));
    int l = left + (width - w) / 2;
    int tp = top + (height - h) / 2;
    return new PlotArea(l, tp, w, h, extent[0], extent[0] + w / scale, extent[2] + h / scale, extent[2]);
  }

  private static double[] colourRange(Traces t, Style s) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < t.values().length; k++) {
      double v = t.values()[k];
      if (Double.isFinite(v) && !t.isDead(k)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    double vmin = Double.isNaN(s.vmin()) ? lo : s.vmin();
    double vmax = Double.isNaN(s.vmax()) ? hi : s.vmax();
    if (!(vmax > vmin)) vmax = vmin + Math.max(1e-12, Math.abs(vmin) * 1e-9);
    return new double[] {vmin, vmax};
  }

  private static boolean anyDead(Traces t) {
    for (boolean d : t.dead()) if (d) return true;
    return false;
  }

  private static int colour(Traces t, int k, Colormap cmap, double[] range) {
    if (t.isDead(k)) return DEAD_GREY;
    double v = t.values()[k];
    return Double.isFinite(v) ? cmap.rgb(Canvas.fraction(v, range[0], range[1])) : -1;
  }

  /** [xmin, xmax, ymin, ymax] of the traces, with a margin of 2 % (1 unit for a single point). */
  private static double[] pointExtent(Traces t) {
    double[] e = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int k = 0; k < t.x().length; k++) include(e, t.x()[k], t.y()[k]);
    if (e[0] > e[1]) return new double[] {0, 1, 0, 1};
    double m = Math.max(Math.max(e[1] - e[0], e[3] - e[2]) * 0.02, 1e-9);
    if (e[1] - e[0] == 0 && e[3] - e[2] == 0) m = 1;
    return new double[] {e[0] - m, e[1] + m, e[2] - m, e[3] + m};
  }

  private static void include(double[] e, double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) return;
    e[0] = Math.min(e[0], x);
    e[1] = Math.max(e[1], x);
    e[2] = Math.min(e[2], y);
    e[3] = Math.max(e[3], y);
  }

  private static void points(Canvas c, PlotArea a, Traces t, Colormap cmap, double[] range) {
    int n = Math.max(1, t.x().length);
    double r = Math.max(1.5, Math.min(6, Math.sqrt((double) a.width() * a.height() / n) / 3));
    Graphics2D g = c.graphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    for (int k = 0; k < t.x().length; k++) {
      if (!Double.isFinite(t.x()[k]) || !Double.isFinite(t.y()[k])) continue;
      int rgb = colour(t, k, cmap, range);
      if (rgb < 0) continue;
      g.setColor(new Color(rgb));
      double px = a.left() + Canvas.fraction(t.x()[k], a.h0(), a.h1()) * a.width();
      double py = a.top() + Canvas.fraction(t.y()[k], a.v0(), a.v1()) * a.height();
      g.fill(new java.awt.geom.Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
  }

  /**
   * The least-squares affine map {@code x = ax + bx·il + cx·xl}, {@code y = ay + by·il + cy·xl}
   * and the bin steps (greatest common divisor of the gaps between the distinct numbers).
   */
  record GridFit(double[] fx, double[] fy, double inlineStep, double crosslineStep) {
    /** The fit, or null when the traces do not span a grid (fewer than 2 inlines or crosslines, degenerate). */
    static GridFit of(Traces t) {
      TreeSet<Integer> il = new TreeSet<>();
      TreeSet<Integer> xl = new TreeSet<>();
      double mi = 0;
      double mj = 0;
      int count = 0;
      for (int k = 0; k < t.x().length; k++) {
        if (!Double.isFinite(t.x()[k]) || !Double.isFinite(t.y()[k])) continue;
        mi += t.inline()[k];
        mj += t.crossline()[k];
        count++;
      }
      mi /= Math.max(1, count); // centred numbers keep the normal equations well conditioned
      mj /= Math.max(1, count);
      double[][] ata = new double[3][3];
      double[] atx = new double[3];
      double[] aty = new double[3];
      for (int k = 0; k < t.x().length; k++) {
        if (!Double.isFinite(t.x()[k]) || !Double.isFinite(t.y()[k])) continue;
        il.add(t.inline()[k]);
        xl.add(t.crossline()[k]);
        double[] row = {1, t.inline()[k] - mi, t.crossline()[k] - mj};
        for (int i = 0; i < 3; i++) {
          for (int j = 0; j < 3; j++) ata[i][j] += row[i] * row[j];
          atx[i] += row[i] * t.x()[k];
          aty[i] += row[i] * t.y()[k];
        }
      }
      if (il.size() < 2 || xl.size() < 2) return null;
      double[] fx = solve(ata, atx);
      double[] fy = solve(ata, aty);
      if (fx == null || fy == null || Math.abs(fx[1] * fy[2] - fx[2] * fy[1]) < 1e-12) return null;
      fx[0] -= fx[1] * mi + fx[2] * mj;
      fy[0] -= fy[1] * mi + fy[2] * mj;
      return new GridFit(fx, fy, step(il), step(xl));
    }

    double x(double i, double j) {
      return fx[0] + fx[1] * i + fx[2] * j;
    }

    double y(double i, double j) {
      return fy[0] + fy[1] * i + fy[2] * j;
    }

    /** [xmin, xmax, ymin, ymax] of all bin corners. */
    double[] extent(Traces t) {
      double[] e = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
      for (int k = 0; k < t.x().length; k++) {
        for (double[] q : corners(t.inline()[k], t.crossline()[k])) include(e, q[0], q[1]);
      }
      double m = Math.max(e[1] - e[0], e[3] - e[2]) * 0.01;
      return new double[] {e[0] - m, e[1] + m, e[2] - m, e[3] + m};
    }

    double[][] corners(int i, int j) {
      double di = inlineStep / 2;
      double dj = crosslineStep / 2;
      return new double[][] {{x(i - di, j - dj), y(i - di, j - dj)}, {x(i + di, j - dj), y(i + di, j - dj)},
          {x(i + di, j + dj), y(i + di, j + dj)}, {x(i - di, j + dj), y(i - di, j + dj)}};
    }

    void paint(Canvas c, PlotArea a, Traces t, Colormap cmap, double[] range) {
      Graphics2D g = c.graphics();
      for (int k = 0; k < t.x().length; k++) {
        if (!Double.isFinite(t.x()[k]) || !Double.isFinite(t.y()[k])) continue;
        int rgb = colour(t, k, cmap, range);
        if (rgb < 0) continue;
        Polygon p = new Polygon();
        for (double[] q : corners(t.inline()[k], t.crossline()[k])) {
          p.addPoint((int) Math.round(a.left() + Canvas.fraction(q[0], a.h0(), a.h1()) * a.width()),
              (int) Math.round(a.top() + Canvas.fraction(q[1], a.v0(), a.v1()) * a.height()));
        }
        g.setColor(new Color(rgb));
        g.fillPolygon(p);
        g.drawPolygon(p); // closes hairline seams between neighbouring bins
      }
    }

    private static double step(TreeSet<Integer> numbers) {
      long gcd = 0;
      Integer previous = null;
      for (int n : numbers) {
        if (previous != null) gcd = java.math.BigInteger.valueOf(gcd).gcd(java.math.BigInteger.valueOf(n - previous)).longValue();
        previous = n;
      }
      return Math.max(1, gcd);
    }

    /** Solves the 3 x 3 system by Gaussian elimination with partial pivoting; null when singular. */
    private static double[] solve(double[][] m, double[] b) {
      double[][] a = new double[3][];
      for (int i = 0; i < 3; i++) {
        a[i] = Arrays.copyOf(m[i], 4);
        a[i][3] = b[i];
      }
      for (int col = 0; col < 3; col++) {
        int p = col;
        for (int r = col + 1; r < 3; r++) if (Math.abs(a[r][col]) > Math.abs(a[p][col])) p = r;
        if (Math.abs(a[p][col]) < 1e-12 * Math.max(1, Math.abs(a[0][0]))) return null;
        double[] tmp = a[p];
        a[p] = a[col];
        a[col] = tmp;
        for (int r = 0; r < 3; r++) {
          if (r == col) continue;
          double f = a[r][col] / a[col][col];
          for (int k = col; k < 4; k++) a[r][k] -= f * a[col][k];
        }
      }
      return new double[] {a[0][3] / a[0][0], a[1][3] / a[1][1], a[2][3] / a[2][2]};
    }
  }
}

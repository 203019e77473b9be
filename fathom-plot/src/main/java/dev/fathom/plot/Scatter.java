package dev.fathom.plot;

/**
 * distpy's {@code thumbnail} with {@code plot_style: scatter}: one point per element, x from the
 * input, y from the first gathered array, colour from the second (or the point's index), as
 * matplotlib's {@code scatter(x, y, c=...)}.
 */
public final class Scatter {
  private Scatter() {}

  /** Renders points {@code (x[k], y[k])} coloured by {@code c[k]} scaled to [vmin, vmax] of the style. */
  public static byte[] render(double[] x, double[] y, double[] c, PlotStyle s, String format) {
    Figure f = new Figure(s.width(), s.height());
    double[] xr = range(x);
    double[] yr = range(y);
    int r = Math.max(1, f.height / 100);
    for (int k = 0; k < x.length; k++) {
      if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) continue;
      int px = f.left + (int) Math.round(Figure.fraction(x[k], xr[0], xr[1]) * f.width);
      int py = f.top + f.height - (int) Math.round(Figure.fraction(y[k], yr[0], yr[1]) * f.height);
      f.g.setColor(new java.awt.Color(s.colormap().rgb(Figure.fraction(c[k], s.vmin(), s.vmax()))));
      f.g.fillOval(px - r, py - r, 2 * r + 1, 2 * r + 1);
    }
    f.axes(xr[0], xr[1], yr[1], yr[0], s.timeLabel(), s.depthLabel(), s.title());
    f.colourBar(s.colormap(), s.vmin(), s.vmax(), s.levels());
    return f.encode(format);
  }

  private static double[] range(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (Double.isFinite(d)) {
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
  }
}

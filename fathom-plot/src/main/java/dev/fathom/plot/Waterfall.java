package dev.fathom.plot;

/**
 * A waterfall picture of a 2-D array {@code v[i][j]} (i = depth, j = time) as distpy's
 * {@code thumbnail} draws it with matplotlib's {@code imshow(extent=[t0, t1, x1, x0])}: depth
 * downwards, time to the right, colours between {@code vmin} and {@code vmax}, a colour bar.
 */
public final class Waterfall {
  private Waterfall() {}

  /**
   * @param v values {@code [depth][time]}
   * @param x0 depth of the first row, x1 of the last (metres)
   * @param t0 time of the first column, t1 of the last (time-axis units)
   * @param format an ImageIO format name ("png", "jpg")
   */
  public static byte[] render(double[][] v, double x0, double x1, double t0, double t1, PlotStyle s, String format) {
    Figure f = new Figure(s.width(), s.height());
    int nx = v.length;
    int nt = nx == 0 ? 0 : v[0].length;
    double range = s.vmax() - s.vmin();
    for (int py = 0; py < f.height; py++) {
      int i = nx == 0 ? -1 : (int) ((long) py * nx / f.height);
      if (s.invertDepth() && i >= 0) i = nx - 1 - i;
      for (int px = 0; px < f.width; px++) {
        int j = nt == 0 ? -1 : (int) ((long) px * nt / f.width);
        double frac = i < 0 || j < 0 ? Double.NaN : (v[i][j] - s.vmin()) / (range > 0 ? range : 1);
        f.image.setRGB(f.left + px, f.top + py, s.colormap().rgb(Figure.quantize(frac, s.levels())));
      }
    }
    f.axes(t0, t1, s.invertDepth() ? x1 : x0, s.invertDepth() ? x0 : x1, s.timeLabel(), s.depthLabel(), s.title());
    f.colourBar(s.colormap(), s.vmin(), s.vmax(), s.levels());
    return f.encode(format);
  }
}

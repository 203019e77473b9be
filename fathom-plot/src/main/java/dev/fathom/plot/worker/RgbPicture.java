package dev.fathom.plot.worker;

import dev.fathom.plot.Canvas;
import dev.fathom.plot.PlotArea;
import dev.fathom.plot.spec.Panel;
import dev.fathom.plot.spec.PlotSpec;
import java.util.List;

/**
 * distpy's {@code rgb} (RGBPlotCommand): three bands as the red, green and blue channels, each
 * scaled by {@link BandScale#intensity} to [0, 1), optionally inverted ({@code 1 − v}, so that
 * quiet is white), times 255 truncated to a byte. A non-finite value gives a full channel.
 */
final class RgbPicture {
  private RgbPicture() {}

  static Picture draw(LogFrame f, PlotSpec spec) {
    Canvas c = f.canvas();
    int[][][] channels = new int[3][][];
    for (int k = 0; k < 3; k++) channels[k] = channel(f, spec.panels().get(k));
    int titleHeight = f.titleHeight(c);
    int left = f.leftMargin(c);
    int right = c.width() - 2 * f.pad;
    int top = f.pad + titleHeight + f.pad;
    int bottom = c.height() - f.bottomMargin(c);
    PlotArea a = f.area(left, top, right - left, bottom - top);
    f.paint(c, a, (i, j) -> (channels[0][i][j] << 16) | (channels[1][i][j] << 8) | channels[2][i][j]);
    TimeTicks time = f.timeTicks(c, a.width());
    f.decorate(c, a, time, true, true);
    f.title(c, "R = " + spec.panels().get(0).title() + ", G = " + spec.panels().get(1).title() + ", B = "
        + spec.panels().get(2).title(), left, right, f.pad + c.metrics().getAscent());
    f.timeCaption(c, left, right, time);
    return new Picture(c, List.of(a));
  }

  /** The band's channel values 0..255. */
  static int[][] channel(LogFrame f, Panel p) {
    double[][] v = BandScale.intensity(f.data.band(p.data()));
    int[][] out = new int[v.length][];
    for (int i = 0; i < v.length; i++) {
      out[i] = new int[v[i].length];
      for (int j = 0; j < v[i].length; j++) {
        double x = p.inverted() ? 1 - v[i][j] : v[i][j];
        out[i][j] = Double.isFinite(x) ? Math.max(0, Math.min(255, (int) (x * 255))) : 255;
      }
    }
    return out;
  }
}

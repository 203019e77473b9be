package dev.fathom.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attribute map: a rotated regular survey as bins, scattered traces as dots, equal scales. */
class AttributeMapTest {
  @TempDir Path tmp;

  static final int NI = 20; // inlines 100, 102, ..., 138
  static final int NJ = 30; // crosslines 500..529
  static final double ANGLE = Math.toRadians(30);
  static final double X0 = 612_000;
  static final double Y0 = 4_500_000;

  /** Bin centre of (inline, crossline): inline step 25 m along the azimuth, crossline 12.5 m across. */
  static double[] xy(double il, double xl) {
    double u = (il - 100) / 2 * 25;
    double v = (xl - 500) * 12.5;
    return new double[] {X0 + u * Math.cos(ANGLE) - v * Math.sin(ANGLE), Y0 + u * Math.sin(ANGLE) + v * Math.cos(ANGLE)};
  }

  @Test
  void rotatedGridIsDrawnAsBinsAtTheirCoordinates() throws IOException {
    int n = NI * NJ;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] v = new double[n];
    int[] il = new int[n];
    int[] xl = new int[n];
    boolean[] dead = new boolean[n];
    for (int i = 0; i < NI; i++) {
      for (int j = 0; j < NJ; j++) {
        int k = i * NJ + j;
        il[k] = 100 + 2 * i;
        xl[k] = 500 + j;
        double[] p = xy(il[k], xl[k]);
        x[k] = p[0];
        y[k] = p[1];
        v[k] = i + j / 10.0;
      }
    }
    v[5 * NJ + 7] = Double.NaN; // bin (110, 507) blank
    dead[12 * NJ + 20] = true; // bin (124, 520) grey
    AttributeMap.Drawn d = AttributeMap.draw(new AttributeMap.Traces(x, y, v, il, xl, dead),
        new AttributeMap.Style("Mean amplitude, rotated survey", "mean |amplitude|", "m", Colormap.VIRIDIS, Double.NaN,
            Double.NaN, 800, 600));
    assertTrue(d.gridded());
    BufferedImage img = d.canvas().image();
    PlotArea a = d.area();
    double pxPerX = a.width() / (a.h1() - a.h0());
    double pxPerY = a.height() / (a.v0() - a.v1());
    assertEquals(pxPerX, pxPerY, 1e-9 * pxPerX, "equal scales");
    double vmax = (NI - 1) + (NJ - 1) / 10.0; // vmin 0 at (100, 500)
    assertEquals(Colormap.VIRIDIS.rgb((8 + 15 / 10.0) / vmax), pixel(img, a, xy(116, 515)));
    assertEquals(Colormap.VIRIDIS.rgb((15 + 3 / 10.0) / vmax), pixel(img, a, xy(130, 503)));
    assertEquals(0xffffff, pixel(img, a, xy(110, 507)), "NaN bin blank");
    assertEquals(AttributeMap.DEAD_GREY, pixel(img, a, xy(124, 520)), "dead trace grey");
    assertEquals(0xffffff, pixel(img, a, xy(100, 540)), "outside the survey blank");
    write(d, "attribute-map-grid.png");
  }

  @Test
  void scatteredTracesAreDotsInTheirColour() throws IOException {
    Random r = new Random(7);
    int n = 150;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] v = new double[n];
    boolean[] dead = new boolean[n];
    for (int k = 0; k < n; k++) {
      x[k] = 430_000 + 4000 * r.nextDouble();
      y[k] = 6_780_000 + 2500 * r.nextDouble();
      v[k] = Math.hypot(x[k] - 432_000, y[k] - 6_781_000);
    }
    dead[3] = true;
    AttributeMap.Drawn d = AttributeMap.draw(new AttributeMap.Traces(x, y, v, null, null, dead),
        new AttributeMap.Style("RMS amplitude, scattered traces", "RMS", "m", Colormap.MAGMA, 0, 3000, 800, 600));
    assertFalse(d.gridded());
    BufferedImage img = d.canvas().image();
    assertEquals(Colormap.MAGMA.rgb(v[10] / 3000), near(img, d.area(), x[10], y[10], Colormap.MAGMA.rgb(v[10] / 3000)));
    assertEquals(AttributeMap.DEAD_GREY, near(img, d.area(), x[3], y[3], AttributeMap.DEAD_GREY));
    write(d, "attribute-map-scatter.png");
  }

  @Test
  void aSingleInlineFallsBackToDots() {
    double[] x = {0, 10, 20};
    AttributeMap.Drawn d = AttributeMap.draw(new AttributeMap.Traces(x, new double[3], new double[] {1, 2, 3},
        new int[] {5, 5, 5}, new int[] {1, 2, 3}, null), new AttributeMap.Style("t", "a", "m", Colormap.GRAY, Double.NaN,
        Double.NaN, 300, 200));
    assertFalse(d.gridded());
  }

  static int pixel(BufferedImage img, PlotArea a, double[] p) {
    return img.getRGB(a.px(p[0]), a.py(p[1])) & 0xffffff;
  }

  /** The colour {@code expected} if a pixel of it lies within 1 pixel of (x, y) (dots are anti-aliased, later dots overlap). */
  static int near(BufferedImage img, PlotArea a, double x, double y, int expected) {
    int found = img.getRGB(a.px(x), a.py(y)) & 0xffffff;
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        if ((img.getRGB(a.px(x) + dx, a.py(y) + dy) & 0xffffff) == expected) return expected;
      }
    }
    return found;
  }

  static void write(AttributeMap.Drawn d, String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "plot-examples"));
    d.canvas().writePng(dir.resolve(name));
    assertEquals(800, ImageIO.read(dir.resolve(name).toFile()).getWidth());
  }
}

package dev.fathom.plot.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fathom.core.SharedData;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.plot.Colormap;
import dev.fathom.plot.PlotArea;
import dev.fathom.plot.spec.PlotSpec;
import dev.fathom.plot.spec.PlotsConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference case {@code plot_worker} (distpy fails on it with matplotlib 3.6): its bands and
 * plots_config, with a time reference of 30 one-minute samples from 2020-09-13 12:26:40 UTC (the
 * event at 12:46:40 falls on column 20), a depth reference of 40 rows 12.5 m apart (0 to 487.5 m)
 * and a zones file written here.
 */
class PlotWorkerTest {
  static final long T0 = 1_600_000_000L;
  static final int NX = 40;
  static final int NT = 30;
  static final double DZ = 12.5;
  static final int ZONE_RED = 0xd62728;

  @TempDir Path tmp;
  Path in;
  Path configFile;

  @BeforeEach
  void inputs() throws IOException {
    Path ref = SharedData.require("reference/distpy");
    in = Files.createDirectories(tmp.resolve("in"));
    try (var files = Files.list(ref.resolve("io/plots/input"))) {
      for (Path p : files.toList()) Files.copy(p, in.resolve(p.getFileName()));
    }
    double[] time = new double[NT];
    for (int j = 0; j < NT; j++) time[j] = T0 + 60.0 * j;
    double[] depth = new double[NX];
    for (int i = 0; i < NX; i++) depth[i] = DZ * i;
    Npy.write(in.resolve("time.npy"), NpyArray.of(time));
    Npy.write(in.resolve("measured_depth.npy"), NpyArray.of(depth));
    Path configDir = Files.createDirectories(tmp.resolve("config"));
    Files.writeString(configDir.resolve("segments.txt"), """
        Perforation clusters
        m
        100.0 start Cluster_A
        150.0 end
        300.0 start Cluster_B
        337.5 end
        """);
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = null;
    for (var c : json.readTree(ref.resolve("manifest.json").toFile()).get("cases")) {
      if (c.get("id").asText().equals("plot_worker")) config = (ObjectNode) c.get("plots_config");
    }
    assertTrue(config != null, "manifest has the plot_worker case");
    config.put("well_segments", "segments.txt"); // was <work>/plots/segments.txt
    configFile = configDir.resolve("plotsConfig.json");
    Files.writeString(configFile, json.writeValueAsString(config));
  }

  @Test
  void writesTheThreeReferencePlotsAtTheConfiguredSize() throws IOException {
    PlotsConfig config = PlotsConfig.read(configFile);
    assertEquals(List.of(), config.warnings());
    List<Path> written = PlotWorker.render(in, tmp.resolve("out"), config);
    assertEquals(List.of("ALL_BANDS.png", "STACK.png", "RGB.png"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    for (Path p : written) {
      BufferedImage img = ImageIO.read(p.toFile());
      assertEquals(240, img.getWidth(), p + ": figure_size 6 in x dpi 40"); // 6 x 40
      assertEquals(120, img.getHeight(), p + ": 3 in x dpi 40");
      keep(p, "small-");
    }
  }

  @Test
  void wellLogPanelsShowEachBandInItsColourMap() throws IOException {
    LogFrame f = PlotWorker.frame(in, larger(PlotsConfig.read(configFile)));
    PlotSpec spec = f.config.plots().get(0);
    Picture pic = PlotWorker.draw(f, spec);
    BufferedImage img = pic.canvas().image();
    assertEquals(4, pic.panels().size());
    // band 0 maximum 3.147 at row 33, column 25; despiked maximum 1.8806 -> vmax 18.806
    double[][] band0 = Npy.read(in.resolve("band_0-nyquist.npy")).toDouble2D();
    double vmax = 10 * despikedMax(band0);
    PlotArea a = pic.panels().get(0);
    assertEquals(Colormap.UAVK.rgb(band0[33][25] / vmax), rgb(img, a.px(T0 + 60.0 * 25), a.py(DZ * 33)));
    // band 1 (magma) at row 5, column 3
    double[][] band1 = Npy.read(in.resolve("band_01_200--1.npy")).toDouble2D();
    PlotArea b = pic.panels().get(1);
    assertEquals(Colormap.MAGMA.rgb(band1[5][3] / (10 * despikedMax(band1))), rgb(img, b.px(T0 + 180.0), b.py(DZ * 5)));
    // zones at their depth (300 m), not at distpy's row index (searchsorted -> 24, drawn at "24 m")
    int x = a.px(T0 + 60.0 * 27);
    assertEquals(ZONE_RED, rgb(img, x, a.py(300.0)));
    assertEquals(ZONE_RED, rgb(img, x, a.py(337.5)));
    assertNotEquals(ZONE_RED, rgb(img, x, a.py(24.0)));
    // the event (2020-09-13 12:46:40 UTC = column 20) as a red vertical line in every panel
    for (PlotArea p : pic.panels()) assertEquals(ZONE_RED, rgb(img, p.px(T0 + 1200.0), p.py(DZ * 36)));
    // end of fibre (480 m): a black-and-white dashed line
    int fibre = rgb(img, a.px(T0 + 60.0 * 12), a.py(480.0));
    assertTrue(fibre == 0 || fibre == 0xffffff, "fibre end line at 480 m: " + Integer.toHexString(fibre));
    keep(pic, "ALL_BANDS");
  }

  @Test
  void aSpikeAboveTenTimesTheDespikedMaximumTakesTheTopColour() throws IOException {
    double[][] band = new double[NX][NT];
    for (int i = 0; i < NX; i++) for (int j = 0; j < NT; j++) band[i][j] = 1 + ((i * 7 + j * 3) % 10) / 10.0;
    band[20][10] = 1000; // a spike: despike drops it, vmax = 10 * 1.9 = 19
    Npy.write(in.resolve("band_0-nyquist.npy"), NpyArray.of(band));
    LogFrame f = PlotWorker.frame(in, larger(PlotsConfig.read(configFile)));
    Picture pic = PlotWorker.draw(f, f.config.plots().get(0));
    PlotArea a = pic.panels().get(0);
    assertEquals(Colormap.UAVK.rgb(1), rgb(pic.canvas().image(), a.px(T0 + 600.0), a.py(DZ * 20)));
    assertEquals(0xa52a2a, Colormap.UAVK.rgb(1), "UAVK ends in brown");
    assertEquals(Colormap.UAVK.rgb(band[20][11] / 19.0), rgb(pic.canvas().image(), a.px(T0 + 660.0), a.py(DZ * 20)));
  }

  @Test
  void stackLaysEachBandOverWhiteWithItsAlpha() throws IOException {
    LogFrame f = PlotWorker.frame(in, larger(PlotsConfig.read(configFile)));
    PlotSpec spec = f.config.plots().get(1);
    Picture pic = PlotWorker.draw(f, spec);
    PlotArea a = pic.panels().get(0);
    int i = 14;
    int j = 4;
    double r = 255;
    double g = 255;
    double b = 255;
    Colormap[] maps = {Colormap.VIRIDIS, Colormap.PLASMA, Colormap.INFERNO};
    String[] files = {"band_01_200--1.npy", "band_02_600--1.npy", "band_03_1000--1.npy"};
    for (int k = 0; k < 3; k++) {
      double[][] band = Npy.read(in.resolve(files[k])).toDouble2D();
      int c = maps[k].rgb(band[i][j] / (10 * despikedMax(band)));
      r = 0.75 * r + 0.25 * ((c >> 16) & 255);
      g = 0.75 * g + 0.25 * ((c >> 8) & 255);
      b = 0.75 * b + 0.25 * (c & 255);
    }
    int expected = ((int) Math.round(r) << 16) | ((int) Math.round(g) << 8) | (int) Math.round(b);
    assertEquals(expected, rgb(pic.canvas().image(), a.px(T0 + 60.0 * j), a.py(DZ * i)));
    keep(pic, "STACK");
  }

  @Test
  void rgbScalesInvertsAndTruncatesEachChannel() throws IOException {
    LogFrame f = PlotWorker.frame(in, larger(PlotsConfig.read(configFile)));
    Picture pic = PlotWorker.draw(f, f.config.plots().get(2));
    PlotArea a = pic.panels().get(0);
    int i = 30;
    int j = 7;
    int expected = 0;
    for (String file : new String[] {"band_01_200--1.npy", "band_02_600--1.npy", "band_04_1000--1.npy"}) {
      double[][] band = Npy.read(in.resolve(file)).toDouble2D();
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : band) for (double v : row) { min = Math.min(min, v); max = Math.max(max, v); }
      expected = (expected << 8) | (int) ((1 - (band[i][j] - min) / (max - min + 1e-6)) * 255);
    }
    assertEquals(expected, rgb(pic.canvas().image(), a.px(T0 + 60.0 * j), a.py(DZ * i)));
    keep(pic, "RGB");
  }

  @Test
  void feetScaleTheDepthAxis() throws IOException {
    String text = Files.readString(configFile).replace("\"depth_display_unit\":\"m\"", "\"depth_display_unit\":\"ft\"");
    PlotsConfig config = larger(PlotsConfig.parse(text, "ft.json", configFile.getParent()));
    LogFrame f = PlotWorker.frame(in, config);
    Picture pic = PlotWorker.draw(f, config.plots().get(0));
    PlotArea a = pic.panels().get(0);
    assertEquals((39 * DZ + DZ / 2) * 3.28084, a.v1(), 1e-9, "deepest edge in feet");
    // zones file says m: Cluster_B still at 300 m = 984.25 ft
    assertEquals(ZONE_RED, rgb(pic.canvas().image(), a.px(T0 + 60.0 * 27), a.py(300.0 * 3.28084)));
    keep(pic, "ALL_BANDS-ft");
  }

  /** The reference config drawn at 150 dpi (900 x 450 pixels) for pixel checks and the examples. */
  static PlotsConfig larger(PlotsConfig c) {
    return new PlotsConfig(c.source(), c.widthInches(), c.heightInches(), 150, c.startOfFibre(), c.endOfFibre(),
        c.timeReference(), c.depthReference(), c.depthUnit(), c.wellSegments(), c.events(), c.plots(), c.warnings());
  }

  static double despikedMax(double[][] band) {
    double[] v = java.util.Arrays.stream(band).flatMapToDouble(java.util.Arrays::stream).sorted().toArray();
    double median = (v[v.length / 2 - 1] + v[v.length / 2]) / 2; // 1200 values
    double[] dev = java.util.Arrays.stream(v).map(x -> Math.abs(x - median)).sorted().toArray();
    double mad = (dev[dev.length / 2 - 1] + dev[dev.length / 2]) / 2;
    return java.util.Arrays.stream(v).filter(x -> Math.abs(x - median) / mad < 3).max().getAsDouble();
  }

  static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xffffff;
  }

  /** Keeps a picture under target/plot-examples for looking at. */
  static void keep(Picture pic, String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "plot-examples"));
    pic.canvas().writePng(dir.resolve(name + ".png"));
  }

  static void keep(Path png, String prefix) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "plot-examples"));
    Files.copy(png, dir.resolve(prefix + png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }
}

package dev.fathom.graph.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.DirectorySink;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.GraphExecutor;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphValidator;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeListener;
import dev.fathom.plot.Colormap;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thumbnail picture: size, colour map of the data, colour bar, file name; pass-through result. */
class ThumbnailTest {
  @TempDir Path dir;

  @Test
  void waterfallWithColourBarNamedByChunkTime() throws IOException {
    // left half low values, right half high values: viridis dark purple / yellow
    double[][] v = new double[40][100];
    for (int i = 0; i < 40; i++) for (int j = 0; j < 100; j++) v[i][j] = j < 50 ? -1 : 1;
    NdArray chunk = NdArray.fromRows(v);
    var plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse("""
        {"command_list": [{"name": "thumbnail", "uid": 1, "in_uid": 0, "directory_out": "png",
          "figure_size": [4, 3], "dpi": 100}]}""", "g"));
    NdArray out = new GraphExecutor(plan).run(chunk,
        ExecutionContext.forChunk(chunk, 100, null, null, 1_600_000_000L, 500, new DirectorySink(dir)), NodeListener.NONE)
        .get(1);
    assertSame(chunk, out);
    Path png = dir.resolve("png/1600000000.png");
    assertTrue(Files.exists(png));
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(400, img.getWidth());
    assertEquals(300, img.getHeight());
    int mid = 150;
    assertEquals(Colormap.VIRIDIS.rgb(0), img.getRGB(120, mid) & 0xffffff); // mean - std = -1: bottom of the map
    assertEquals(Colormap.VIRIDIS.rgb(1), img.getRGB(290, mid) & 0xffffff);
    assertEquals(0xffffff, img.getRGB(2, 2) & 0xffffff); // white margin
    int colourBarTop = -1;
    for (int x = 320; x < 360 && colourBarTop < 0; x++) {
      if ((img.getRGB(x, mid) & 0xffffff) != 0xffffff) colourBarTop = x;
    }
    assertTrue(colourBarTop > 0, "colour bar right of the plot");
    Files.copy(png, Path.of("target", "thumbnail-example.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void referenceChunkLikeDistpysThumbnail() throws IOException {
    // distpy's io/thumbnail__imshow: figure_size [4, 3], dpi 40 -> 160 x 120 pixels
    NdArray a = dev.fathom.graph.NpyConversion.read(dev.fathom.core.SharedData.require("reference/distpy/inputs/A.npy"));
    NdArray x = dev.fathom.graph.NpyConversion.read(dev.fathom.core.SharedData.require("reference/distpy/inputs/A_xaxis.npy"));
    var plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse("""
        {"command_list": [{"name": "thumbnail", "uid": 1, "in_uid": 0, "directory_out": "png",
          "figure_size": [4, 3], "dpi": 40, "clip_level": 1.0}]}""", "g"));
    new GraphExecutor(plan).run(a, ExecutionContext.forChunk(a, 500, x, null, 1_600_000_000L, 500, new DirectorySink(dir)),
        NodeListener.NONE);
    BufferedImage ours = ImageIO.read(dir.resolve("png/1600000000.png").toFile());
    BufferedImage distpy = ImageIO.read(
        dev.fathom.core.SharedData.require("reference/distpy/io/thumbnail__imshow/written/png/1600000000.png").toFile());
    assertEquals(distpy.getWidth(), ours.getWidth());
    assertEquals(distpy.getHeight(), ours.getHeight());
    Files.copy(dir.resolve("png/1600000000.png"), Path.of("target", "thumbnail-A.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}

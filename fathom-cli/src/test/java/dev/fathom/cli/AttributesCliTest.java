package dev.fathom.cli;

import static dev.fathom.cli.CliRun.fathom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fathom attributes} end to end on the local engine: table, map, user errors. */
class AttributesCliTest {
  @TempDir Path dir;

  @Test
  void writesTheTableAndTheMap() throws Exception {
    Path sgy = dir.resolve("s.sgy");
    assertEquals(0, fathom("segy", "synth", sgy.toString(), "--inlines", "6", "--crosslines", "8",
        "--samples", "100", "--format", "ibm").code());
    Path csv = dir.resolve("a.csv");
    Path png = dir.resolve("a.png");
    CliRun.Result r = fathom("attributes", sgy.toString(), "--attributes", "mean_abs,peak_abs", "--out", csv.toString(),
        "--map", png.toString(), "--bundles", "3", "--quiet");
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("trace,inline,crossline,cdp_x,cdp_y,dead,mean_abs,peak_abs", lines.get(0));
    assertEquals(49, lines.size());
    assertTrue(lines.get(48).startsWith("47,1005,2007,"), lines.get(48));
    BufferedImage img = ImageIO.read(png.toFile());
    assertTrue(img.getWidth() > 500 && img.getHeight() > 400);
    assertTrue(r.out().contains("48 traces"), r.out());
    CliRun.Result spark = fathom("attributes", sgy.toString(), "--out", csv.toString(), "--engine", "spark");
    assertEquals(2, spark.code(), "fathom-cli alone carries no Spark runner");
    assertTrue(spark.err().contains("fathom-spark"), spark.err());
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    CliRun.Result missing = fathom("attributes", dir.resolve("nope.sgy").toString(), "--out", dir.resolve("a.csv").toString());
    assertEquals(2, missing.code());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    assertTrue(missing.err().startsWith("fathom: error: "), missing.err());
    CliRun.Result noSpark = fathom("attributes", "x.sgy", "--out", dir.resolve("a.txt").toString());
    assertEquals(2, noSpark.code());
    assertFalse(Files.exists(dir.resolve("a.txt")));
  }
}

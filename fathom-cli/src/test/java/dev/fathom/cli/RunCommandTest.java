package dev.fathom.cli;

import static dev.fathom.cli.CliRun.fathom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.npy.Npy;
import dev.fathom.pipeline.synth.DasArchiveSpec;
import dev.fathom.pipeline.synth.DasArchiveSynthesizer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fathom run}: the whole chain (ingest, process, collect, plot) from one pipeline file. */
class RunCommandTest {
  @TempDir Path root;



  @Test
  void theDemoPipelineRunsEndToEndOnASmallArchive() throws Exception {
    // 24 channels x 6 s at 4 kHz in two files, the demo's configs
    DasArchiveSpec spec = new DasArchiveSpec(24, 2.0, 500.0, 4000, 3, 2, 1_600_000_000L, 3);
    new DasArchiveSynthesizer(spec).write(Files.createDirectories(root.resolve("archive/demo/sgy")), 1, n -> { });
    Path pipeline = DemoConfigs.write(root, spec.totalSeconds());
    CliRun.Result r = fathom("run", pipeline.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("4 steps done"), r.err());
    assertEquals(6, Files.list(root.resolve("scratch/demo/sgy_data")).filter(p -> p.toString().endsWith(".npy")).count() - 1,
        "six 1-s chunks and measured_depth.npy");
    double[][] band = Npy.read(root.resolve("scratch/demo/interpretation/NoiseLog/band_01_50-150/1600000000.npy")).toDouble2D();
    assertEquals(24, band.length);
    assertEquals(6, band[0].length, "one column per second, none dropped");
    for (String png : new String[] {"noise_log_bands", "noise_log_stack", "noise_log_rgb"}) {
      BufferedImage img = ImageIO.read(root.resolve("home/demo/plots/" + png + ".png").toFile());
      assertEquals(1200, img.getWidth(), png);
      assertEquals(600, img.getHeight(), png);
    }
    // a second run finds everything done
    CliRun.Result again = fathom("run", pipeline.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("0 chunks written, 6 already there"), again.out());
    assertTrue(again.out().contains("0 processed, 6 already done"), again.out());
  }

  @Test
  void aMasterWithTheLocalEngineIsOneLine() {
    CliRun.Result r = fathom("attributes", root.resolve("none.sgy").toString(), "--out", root.resolve("t.csv").toString(),
        "--engine", "local", "--master", "local[2]");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("needs --engine spark"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void aBadPipelineIsOneLineAndAFailingStepStopsTheRun() throws Exception {
    Path bad = root.resolve("bad.json");
    Files.writeString(bad, "{\"steps\": [{\"step\": \"ingestt\", \"config\": \"a.json\"}, {\"step\": \"process\"}]}");
    CliRun.Result r = fathom("run", bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("fathom: error: ") && r.err().contains("\"ingestt\"") && r.err().contains("missing \"config\""), r.err());
    assertEquals(1, r.err().lines().count(), r.err());

    Path p = root.resolve("p.json");
    Files.writeString(p, "{\"steps\": [{\"step\": \"ingest\", \"config\": \"missing.json\"}, {\"step\": \"process\", \"config\": \"missing.json\"}]}");
    CliRun.Result stop = fathom("run", p.toString());
    assertEquals(2, stop.code());
    assertTrue(stop.err().contains("step 1 (ingest) ended with exit code 2; stopping"), stop.err());
    assertTrue(!stop.err().contains("step 2/2"), stop.err());
  }
}

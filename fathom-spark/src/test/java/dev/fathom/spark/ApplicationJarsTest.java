package dev.fathom.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which jars are shipped to executors. */
class ApplicationJarsTest {
  @TempDir Path dir;

  @Test
  void aJarNameOnTheClasspathTwiceIsShippedOnceTheFirst() throws IOException {
    Path cliLib = Files.createDirectories(dir.resolve("cli/lib"));
    Path sparkLib = Files.createDirectories(dir.resolve("spark/lib"));
    Files.writeString(cliLib.resolve("fathom-plot-1.jar"), "new build");
    Files.writeString(sparkLib.resolve("fathom-plot-1.jar"), "old build");
    Files.writeString(sparkLib.resolve("spark-core_2.13-4.2.0.jar"), "spark");
    Files.writeString(sparkLib.resolve("scala-library.jar"), "spark's own dependency");
    Files.writeString(cliLib.resolve("jackson.jar"), "a CLI dependency");
    String cp = String.join(File.pathSeparator,
        cliLib.resolve("fathom-plot-1.jar").toString(), cliLib.resolve("jackson.jar").toString(),
        sparkLib.resolve("fathom-plot-1.jar").toString(), sparkLib.resolve("spark-core_2.13-4.2.0.jar").toString(),
        sparkLib.resolve("scala-library.jar").toString());
    List<String> jars = ApplicationJars.of(cp, false);
    assertEquals(List.of(cliLib.resolve("fathom-plot-1.jar").toString(), cliLib.resolve("jackson.jar").toString()), jars);
  }
}

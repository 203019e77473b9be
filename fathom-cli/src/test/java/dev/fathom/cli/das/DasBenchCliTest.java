package dev.fathom.cli.das;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `fathom bench das`: runs on a 2 MB file pair and prints every row (timings are not checked). */
class DasBenchCliTest {
  @TempDir Path dir;

  @Test
  void timesBothFilesBesideCatAndTheHyperslabPath() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("bench", "das", "--size-mb", "2", "--repeat", "1", "--dir", dir.toString());
    String o = out.toString();
    assertEquals(0, code, err.toString());
    assertTrue(o.contains("PRODML int16 1000 time samples x 1024 channels (2.0 MB of samples)"), o);
    for (String row : List.of("cat bench-plain.h5", "readChannelMajor bench-plain.h5", "hyperslab path bench-plain.h5",
        "cat bench-gzip.h5", "readChannelMajor bench-gzip.h5", "hyperslab path bench-gzip.h5")) {
      assertEquals(1, o.lines().filter(l -> l.startsWith(row + " ")).count(), row + " in\n" + o);
    }
    // both paths read the same samples: the checksums printed on the four read rows agree
    List<String> sums = o.lines().filter(l -> l.contains("checksum")).map(l -> l.replaceAll(".*checksum ([^)]*)\\).*", "$1")).toList();
    assertEquals(4, sums.size(), o);
    assertEquals(1, sums.stream().distinct().count(), o);
    assertTrue(Files.isRegularFile(dir.resolve("bench-gzip.h5")), "--dir keeps the files");
  }
}

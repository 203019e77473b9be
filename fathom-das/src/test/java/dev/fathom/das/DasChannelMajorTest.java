package dev.fathom.das;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link DasFile#readChannelMajor} (the fast block readers where a format has them) equals the
 * block read in the file's own order then converted and transposed (the generic path), for every
 * patch of every shared sample file that opens: whole patch, first and last samples and channels,
 * odd rectangles, and consecutive 1/3-patch time blocks with all channels (the way ingest reads).
 */
class DasChannelMajorTest {
  @TestFactory
  Stream<DynamicTest> everySampleFile() throws IOException {
    Path data = SharedData.require("testdata/das");
    List<Path> files;
    try (Stream<Path> s = Files.list(data)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    return files.stream()
        .filter(p -> !DasConformanceTest.KNOWN_LIMITS.containsKey(p.getFileName().toString()))
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
          try (DasFile f = DasFiles.open(p)) {
            for (int i = 0; i < f.patchCount(); i++) check(f.patch(i), p.getFileName() + " patch " + i);
          }
        }));
  }

  private static void check(DasFile f, String what) {
    DasInfo info = f.info();
    long nt = info.nTime();
    int nc = info.nChannels();
    List<long[]> rects = new ArrayList<>(List.of(
        new long[] {0, nt, 0, nc}, new long[] {0, 1, 0, nc}, new long[] {nt - 1, 1, 0, nc},
        new long[] {0, nt, nc - 1, 1}, new long[] {nt / 3, Math.max(1, nt / 5), nc / 4, Math.max(1, nc / 3)},
        new long[] {nt - 1, 1, nc - 1, 1}));
    long step = Math.max(1, nt / 3);
    for (long t = 0; t < nt; t += step) rects.add(new long[] {t, Math.min(step, nt - t), 0, nc});
    for (long[] r : rects) {
      int n = (int) r[1];
      int c = (int) r[3];
      DasArray block = f.readBlock(r[0], n, (int) r[2], c);
      float[] expected = info.timeMajor() ? block.transposeToFloat32(n, c) : block.toFloat32();
      assertArrayEquals(expected, f.readChannelMajor(r[0], n, (int) r[2], c), what + " " + java.util.Arrays.toString(r));
    }
    assertTrue(rects.size() >= 7);
  }
}

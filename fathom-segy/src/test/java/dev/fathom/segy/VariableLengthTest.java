package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.segy.header.StandardLayouts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variable-length traces (3503-3504 = 0, each trace's own count at 115-116), segy.md §4.6. */
class VariableLengthTest {
  static final int[] NS = {10, 7, 12, 10, 3, 15, 1, 10};
  @TempDir Path dir;

  @Test
  void tracesAreFoundByWalkingTheirHeadersAndReadWithTheirOwnLengths() {
    Path p = VariableLengthSegy.write(dir.resolve("v.sgy"), 10, NS);
    try (SegyFile f = SegyFile.open(p.toString())) {
      SegyLayout l = f.layout();
      assertFalse(l.fixedLength());
      assertEquals(NS.length, f.traceCount());
      assertEquals(15, f.samples(), "samples() is the longest trace's");
      assertEquals(0, l.danglingBytes());
      assertTrue(l.decisions().stream().anyMatch(d -> d.name().equals("trace lengths") && d.value().equals("variable: 1 to 15 samples")),
          l.decisions().toString());
      assertEquals(1, l.decisions().stream().filter(d -> d.name().equals("trace count")).count(), l.decisions().toString());
      assertEquals(Files.size(p), l.traceOffset(NS.length), "the last trace ends at the end of the file");
      float[][] all = f.traces(0, NS.length);
      for (int i = 0; i < NS.length; i++) {
        assertEquals(NS[i], f.samples(i));
        assertArrayEquals(expected(i), all[i], "trace " + i);
        assertArrayEquals(expected(i), f.trace(i), "trace " + i + " alone");
        assertEquals(NS[i], f.traceDoubles(i).length);
      }
      long[] inlines = f.headerValues(StandardLayouts.TRACE.atByte(189));
      assertArrayEquals(new long[] {100, 101, 102, 103, 104, 105, 106, 107}, inlines);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bundlesAndParallelScansCoverEveryTraceOnce() {
    Path p = VariableLengthSegy.write(dir.resolve("v.sgy"), 10, NS);
    try (SegyFile f = SegyFile.open(p.toString())) {
      List<TraceBundle> bundles = f.bundles(3);
      long at = f.layout().firstTraceOffset();
      for (TraceBundle b : bundles) {
        assertEquals(at, b.byteStart(), "bundles are contiguous");
        at = b.byteEnd();
        float[][] t = b.read(f);
        for (int k = 0; k < t.length; k++) assertArrayEquals(expected((int) b.firstTrace() + k), t[k]);
      }
      assertEquals(f.source().size(), at);
      Map<Long, Integer> seen = new ConcurrentHashMap<>();
      TraceScan.run(f, 2, () -> (index, samples, n) -> {
        float[] copy = java.util.Arrays.copyOf(samples, n);
        assertArrayEquals(expected((int) index), copy, "trace " + index);
        assertEquals(null, seen.put(index, n));
      }, null);
      assertEquals(NS.length, seen.size());
    }
  }

  @Test
  void aFileSayingFixedLengthIsNotWalked() throws IOException {
    Path p = VariableLengthSegy.write(dir.resolve("v.sgy"), 10, NS);
    try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
      c.write(ByteBuffer.wrap(new byte[] {0, 1}), 3502); // 3503-3504 = 1: fixed-length traces
    }
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertTrue(f.fixedLength());
      assertEquals(10, f.samples());
    }
  }

  @Test
  void countsThatDoNotWalkToTheEndLeaveTheFileFixedLengthWithAWarning() throws IOException {
    Path p = VariableLengthSegy.write(dir.resolve("v.sgy"), 10, NS);
    byte[] b = Files.readAllBytes(p);
    Files.write(p, java.util.Arrays.copyOf(b, b.length - 5)); // the last trace is cut
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertTrue(f.fixedLength());
      assertTrue(f.layout().warnings().stream().anyMatch(w -> w.contains("do not walk the file")), f.layout().warnings().toString());
    }
  }

  @Test
  void forcingTheSampleCountSkipsTheWalk() {
    Path p = VariableLengthSegy.write(dir.resolve("v.sgy"), 10, NS);
    try (SegyFile f = SegyFile.open(p.toString(), SegyOptions.DEFAULT.withSamples(10))) {
      assertTrue(f.fixedLength());
    }
  }

  static float[] expected(int trace) {
    float[] x = new float[NS[trace]];
    for (int j = 0; j < x.length; j++) x[j] = VariableLengthSegy.value(trace, j);
    return x;
  }
}

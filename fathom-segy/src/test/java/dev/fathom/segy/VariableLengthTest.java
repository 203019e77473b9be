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
      assertEquals(10, f.samples());
      long data = f.source().size() - 3600;
      assertEquals(data / (240 + 40), f.traceCount(), "the fixed-length arithmetic");
    }
  }

  /** Reads every trace of {@code p} both ways (bulk and alone) and checks it against the writer's values. */
  static void assertReadsAsWritten(Path p, VariableLengthSegy.Style style, int... ns) {
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertEquals(ns.length, f.traceCount(), f.layout().decisions().toString());
      float[][] all = f.traces(0, ns.length);
      for (int i = 0; i < ns.length; i++) {
        float[] want = new float[ns[i]];
        for (int j = 0; j < want.length; j++) want[j] = style.zeroSamples() ? 0 : VariableLengthSegy.value(i, j);
        assertArrayEquals(want, all[i], "trace " + i);
      }
      assertEquals(f.source().size(), f.layout().traceOffset(ns.length));
    }
  }

  @Test
  void filesTheFixedLengthArithmeticGetsWrongAreWalked() {
    // two traces where the binary count fits one whole trace and a "truncated" rest
    Path two = VariableLengthSegy.write(dir.resolve("two.sgy"), 100, 100, 50);
    assertReadsAsWritten(two, VariableLengthSegy.Style.REV1, 100, 50);
    // a binary count larger than any trace: no complete trace by the arithmetic
    Path big = VariableLengthSegy.write(dir.resolve("big.sgy"), 1000, 10, 20, 30);
    assertReadsAsWritten(big, VariableLengthSegy.Style.REV1, 10, 20, 30);
    // all samples 0: spot checks that land in sample data read 0, which is not "unset" here
    VariableLengthSegy.Style zeros = new VariableLengthSegy.Style(java.nio.ByteOrder.BIG_ENDIAN, false, true);
    int[] ns = {10, 12, 8, 10, 14, 10, 6, 10, 10, 11, 10, 9};
    assertReadsAsWritten(VariableLengthSegy.write(dir.resolve("zeros.sgy"), zeros, 10, ns), zeros, ns);
  }

  @Test
  void extensionOneCountsInALittleEndianRev2File() {
    VariableLengthSegy.Style ext = new VariableLengthSegy.Style(java.nio.ByteOrder.LITTLE_ENDIAN, true, false);
    Path p = VariableLengthSegy.write(dir.resolve("ext.sgy"), ext, 10, NS);
    assertReadsAsWritten(p, ext, NS);
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertEquals(2, f.layout().headersPerTrace());
      assertTrue(f.layout().decisions().stream().anyMatch(d -> d.reason().contains("extension-1 bytes 137-140")), f.layout().decisions().toString());
    }
  }

  @Test
  void tracesOfOneLengthThatIsNotTheBinaryHeadersAreFixedLength() {
    int[] ns = new int[10];
    java.util.Arrays.fill(ns, 120);
    Path p = VariableLengthSegy.write(dir.resolve("same.sgy"), 100, ns);
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertTrue(f.fixedLength());
      assertEquals(120, f.samples());
      assertEquals(10, f.traceCount());
      assertTrue(f.layout().warnings().contains("the binary header says 100 samples per trace, every trace header says 120: 120 used"),
          f.layout().warnings().toString());
    }
    assertReadsAsWritten(p, VariableLengthSegy.Style.REV1, ns);
  }

  @Test
  void filesLargerThanOneReadAndTracesLargerThanOneRead() {
    int[] ns = new int[400];
    for (int i = 0; i < ns.length; i++) ns[i] = 900 + (i * 37) % 700;
    ns[123] = 300_000; // 1.2 MB: more than a 1 MiB local read; a count only extension 1 can hold
    VariableLengthSegy.Style ext = new VariableLengthSegy.Style(java.nio.ByteOrder.BIG_ENDIAN, true, false);
    Path p = VariableLengthSegy.write(dir.resolve("large.sgy"), ext, 1000, ns);
    assertReadsAsWritten(p, ext, ns);
    try (SegyFile f = SegyFile.open(p.toString())) {
      Map<Long, Integer> seen = new ConcurrentHashMap<>();
      TraceScan.run(f, 2, () -> (index, samples, n) -> {
        assertEquals(VariableLengthSegy.value((int) index, n - 1), samples[n - 1], "last sample of trace " + index);
        assertEquals(null, seen.put(index, n));
      }, null);
      assertEquals(ns.length, seen.size());
      for (int i = 0; i < ns.length; i++) assertEquals(ns[i], seen.get((long) i));
    }
  }

  @Test
  void aWalkedTraceTooLargeForOneArrayIsATypedError() {
    // rev 2: extension 1 says 600 million samples (2.4 GB) for the second trace; the walk needs the
    // counts to reach the end exactly, so the file is made sparse up to that size
    VariableLengthSegy.Style ext = new VariableLengthSegy.Style(java.nio.ByteOrder.BIG_ENDIAN, true, false);
    Path p = VariableLengthSegy.write(dir.resolve("huge.sgy"), ext, 10, 10, 20);
    long hugeSamples = 600_000_000L;
    try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
      long second = 3600 + 480 + 40;
      c.write(ByteBuffer.allocate(4).putInt(0, (int) hugeSamples), second + 240 + 136);
      c.write(ByteBuffer.wrap(new byte[] {0}), second + 480 + 4 * hugeSamples - 1); // sparse: the file ends where the trace does
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    dev.fathom.core.InvalidDataException e = org.junit.jupiter.api.Assertions.assertThrows(dev.fathom.core.InvalidDataException.class,
        () -> SegyFile.open(p.toString()).close());
    assertTrue(e.getMessage().contains("600000000 samples per trace") && e.getMessage().contains(p.toString()), e.getMessage());
  }

  static float[] expected(int trace) {
    float[] x = new float[NS[trace]];
    for (int j = 0; j < x.length; j++) x[j] = VariableLengthSegy.value(trace, j);
    return x;
  }
}

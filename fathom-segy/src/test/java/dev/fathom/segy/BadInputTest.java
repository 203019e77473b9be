package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SharedData;
import dev.fathom.core.SourceAccessException;
import dev.fathom.segy.header.StandardLayouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gets a precise, typed error naming the file (design.md principle 5), never a
 * NullPointerException, an index error, an allocation failure or a hang: missing, empty and
 * directory paths, real files truncated at every header boundary, absurd binary-header words, and
 * a seeded random mutation of the file headers of several real files.
 */
class BadInputTest {
  private static final String SEGYIO = "testdata/segy/segyio/test-data/";
  /** small.sgy: 5 x 5 traces of 50 IBM samples, big-endian: 3600 + 25 x 440 bytes. */
  private static final String SMALL = SEGYIO + "small.sgy";
  private static final int SMALL_TRACE = 240 + 50 * 4;
  private static final Duration CASE_TIMEOUT = Duration.ofSeconds(10);

  @TempDir Path dir;

  // ---------------------------------------------------------------------------------------------
  // paths that hold no file

  @Test
  void emptyFileIsRefused() throws IOException {
    Path p = Files.write(dir.resolve("empty.sgy"), new byte[0]);
    FathomException e = assertRefused(p, InvalidDataException.class);
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    assertEquals(0, e.offset());
  }

  @Test
  void directoryIsRefused() {
    FathomException e = assertRefused(dir, SourceAccessException.class);
    assertTrue(e.getMessage().contains("directory"), e.getMessage());
  }

  @Test
  void missingFileIsRefused() {
    FathomException e = assertRefused(dir.resolve("no-such.sgy"), SourceAccessException.class);
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // truncation of a real file

  /** Lengths shorter than the file headers plus one whole trace: nothing to read, refused. */
  @ParameterizedTest(name = "small.sgy cut to {0} bytes")
  @ValueSource(ints = {1, 100, 239, 240, 3199, 3200, 3201, 3599, 3600 + 239, 3600 + 240, 3600 + SMALL_TRACE - 1})
  void truncatedBeforeTheFirstWholeTraceIsRefused(int length) throws IOException {
    assertRefused(truncatedSmall(length), FathomException.class);
  }

  /** Exactly the 3600 bytes of file headers: a valid SEG-Y holding no trace (or a refusal). */
  @Test
  void fileHeadersAloneHoldNoTrace() throws IOException {
    Path p = truncatedSmall(3600);
    Outcome o = Outcome.of(p);
    if (o.error == null) {
      assertEquals(0, o.layout.traceCount(), "traces in a headers-only file");
      assertEquals(50, o.layout.samples());
      assertEquals(0, o.layout.danglingBytes());
    } else {
      assertNamesFile(p, o.error);
    }
  }

  /** Cut inside a trace: the whole traces before the cut read as in the full file, with a warning. */
  @ParameterizedTest(name = "small.sgy cut {0} bytes into trace {1}")
  @MethodSource("cutsInsideTraces")
  void truncatedInsideATraceKeepsTheWholeTraces(int bytesIntoTrace, int wholeTraces) throws IOException {
    Path full = SharedData.require(SMALL);
    Path p = truncatedSmall(3600 + wholeTraces * SMALL_TRACE + bytesIntoTrace);
    try (SegyFile cut = SegyFile.open(p.toString()); SegyFile whole = SegyFile.open(full.toString())) {
      SegyLayout l = cut.layout();
      assertAll(
          () -> assertEquals(SegyKind.SEGY, l.kind()),
          () -> assertEquals(wholeTraces, l.traceCount()),
          () -> assertEquals(bytesIntoTrace, l.danglingBytes()),
          () -> assertTrue(l.warnings().stream().anyMatch(w -> w.contains("truncated")), "warning: " + l.warnings()));
      for (int t = 0; t < wholeTraces; t++) {
        assertArrayEquals(whole.trace(t), cut.trace(t), "trace " + t);
        assertArrayEquals(whole.traceHeader(t).raw(), cut.traceHeader(t).raw(), "header " + t);
      }
      assertThrows(IndexOutOfBoundsException.class, () -> cut.trace(wholeTraces), "the cut trace is not readable");
      readEverything(cut);
    }
  }

  static Stream<Arguments> cutsInsideTraces() {
    return Stream.of(
        Arguments.of(1, 1), // one byte of the second trace's header
        Arguments.of(239, 3), // one byte short of a whole header
        Arguments.of(240, 3), // header complete, no sample
        Arguments.of(240 + 100, 3), // mid-trace
        Arguments.of(SMALL_TRACE - 1, 24)); // one byte short of the end
  }

  // ---------------------------------------------------------------------------------------------
  // absurd binary header words

  /** small.sgy's trace headers hold 0 samples (bytes 115-116), its binary header 50. */
  @Test
  void zeroSamplesInTheBinaryHeaderFallBackToTheFirstTraceHeader() throws IOException {
    Path p = patchedSmall("zero-ns.sgy", Map.of(3220, shortBytes(0), 3600 + 114, shortBytes(50)));
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertEquals(50, f.samples());
      assertEquals(25, f.traceCount());
      Decision d = f.layout().decisions().stream().filter(x -> x.name().equals("samples")).findFirst().orElseThrow();
      assertTrue(d.reason().contains("115-116"), d.toString());
      readEverything(f);
    }
  }

  @Test
  void zeroSamplesEverywhereIsRefused() throws IOException {
    Path p = patchedSmall("zero-ns-everywhere.sgy", Map.of(3220, shortBytes(0), 3600 + 114, shortBytes(0)));
    FathomException e = assertRefused(p, InvalidDataException.class);
    assertTrue(e.getMessage().contains("zero samples"), e.getMessage());
  }

  @Test
  void samples65535LeaveNoWholeTraceAndAreRefused() throws IOException {
    Path p = patchedSmall("ns-65535.sgy", Map.of(3220, new byte[] {(byte) 0xFF, (byte) 0xFF}));
    FathomException e = assertRefused(p, InvalidDataException.class);
    assertTrue(e.getMessage().contains("no complete trace"), e.getMessage());
  }

  @Test
  void format4IsRefusedClearly() throws IOException {
    Path p = patchedSmall("format-4.sgy", Map.of(3224, new byte[] {0, 4}));
    FathomException e = assertRefused(p, InvalidDataException.class);
    assertTrue(e.getMessage().contains("format 4"), e.getMessage());
  }

  @Test
  void unknownFormatCodeIsRefused() throws IOException {
    Path p = patchedSmall("format-99.sgy", Map.of(3224, new byte[] {0, 99}));
    FathomException e = assertRefused(p, InvalidDataException.class);
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }

  /** A count that cannot be right (30000 x 3200 bytes is more than the file) is ignored with a warning. */
  @ParameterizedTest(name = "extended header count {0}")
  @ValueSource(ints = {30000, -2, 32767})
  void implausibleExtendedHeaderCountIsIgnored(int count) throws IOException {
    Path p = patchedSmall("ext-" + count + ".sgy", Map.of(3504, shortBytes(count)));
    Path full = SharedData.require(SMALL);
    try (SegyFile f = SegyFile.open(p.toString()); SegyFile whole = SegyFile.open(full.toString())) {
      assertEquals(25, f.traceCount());
      assertEquals(3600, f.layout().firstTraceOffset());
      assertTrue(f.layout().warnings().stream().anyMatch(w -> w.contains(String.valueOf(count))), "warning: " + f.layout().warnings());
      assertArrayEquals(whole.trace(24), f.trace(24));
      readEverything(f);
    }
  }

  /** Rev 2 with 2^31 - 1 extended samples: a trace would be 8 GiB, the file has none; no allocation. */
  @Test
  void hugeRev2SampleCountIsRefusedWithoutAllocating() throws IOException {
    Path p = patchedSmall("ext-ns.sgy", Map.of(3500, new byte[] {2, 0}, 3268, new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));
    assertRefused(p, FathomException.class);
  }

  /**
   * Rev 2 with no interval at 3217 and a subnormal double at 3273-3280: an interval that is no
   * interval must not reach {@link SegyFile#sampling()} as 0 ms.
   */
  @Test
  void subnormalRev2IntervalIsNotUsed() throws IOException {
    byte[] tiny = new byte[8];
    tiny[7] = (byte) 0x80; // big-endian 128 x 2^-1074 = 6.3e-322 us
    Path p = patchedSmall("tiny-interval.sgy", Map.of(3500, new byte[] {2, 0}, 3216, shortBytes(0), 3272, tiny));
    Outcome o = assertTimeoutPreemptively(CASE_TIMEOUT, () -> Outcome.of(p));
    if (o.error != null) {
      assertNamesFile(p, o.error);
    } else {
      assertTrue(o.layout.intervalUs() >= 1e-3, "interval " + o.layout.intervalUs() + " us: " + o.layout.decisions());
    }
  }

  /**
   * A trace of 2^31 - 1 one-byte samples (a sparse 2 GiB file, rev 2 extended sample count) is
   * longer than any Java array: opening it must say so, not throw OutOfMemoryError later.
   */
  @Test
  void traceLongerThanAJavaArrayGivesATypedError() throws IOException {
    byte[] head = Arrays.copyOf(Files.readAllBytes(SharedData.require(SMALL)), 3600 + 240);
    head[3500] = 2;
    head[3225] = 8; // int8
    byte[] ns = {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    System.arraycopy(ns, 0, head, 3268, 4);
    Path p = Files.write(dir.resolve("huge-trace.sgy"), head);
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(p.toFile(), "rw")) {
      raf.setLength(3600 + 240 + (long) Integer.MAX_VALUE); // sparse: no data block is written
    }
    // refused when opened, with the file and the sample-count word named
    dev.fathom.core.FathomException e = assertThrows(dev.fathom.core.FathomException.class, () -> SegyFile.open(p.toString()));
    assertNamesFile(p, e);
    assertTrue(e.getMessage().contains("samples per trace"), e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // random mutation of the file headers of real files

  /** Header words that steer the probe: mutations hit them more often than chance would. */
  private static final int[] KEY_WORDS = {
    3212, 3216, 3220, 3224, 3268, 3272, 3296, 3500, 3502, 3504, 3506, 3512, 3520, 3528, // binary header
    3600 + 114, 3600 + 116, 3600 + 180, 3600 + 188, 3600 + 192, 3600 + 228, 3600 + 240 + 114, // trace headers
    114, 116, 200, 204, 228 // SU / PASSCAL words of a file with no file headers
  };

  /** Mutations per file; raise it for a longer search with -Dfathom.fuzz.mutations=N. */
  private static final int MUTATIONS_PER_FILE = Integer.getInteger("fathom.fuzz.mutations", 200);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "small.sgy", "small-lsb.sgy", "small.su", "long.sgy", "trace-header-extension1.sgy",
    "stanzas-unknown-count.sgy", "text-embed-null.sgy", "shot-gather.sgy",
    "multiformats/Format16lsb.sgy", "multiformats/Format7msb.sgy", "multiformats/Format6lsb.sgy"})
  void mutatedHeadersGiveDataOrATypedError(String name) throws IOException {
    byte[] original = Files.readAllBytes(SharedData.require(SEGYIO + name));
    Random rnd = new Random(name.hashCode());
    Path p = dir.resolve("mutated-" + name.replace('/', '-'));
    List<String> failures = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int k = 0; k < MUTATIONS_PER_FILE; k++) {
      byte[] b = original.clone();
      String mutation = mutate(b, rnd);
      Files.write(p, b);
      Outcome o;
      try {
        o = assertTimeoutPreemptively(CASE_TIMEOUT, () -> Outcome.of(p), "hang");
      } catch (AssertionError hang) {
        failures.add("case " + k + " [" + mutation + "]: no result within " + CASE_TIMEOUT.toSeconds() + " s");
        continue;
      }
      String problem = o.problem(p);
      outcomes.merge(o.summary(), 1, Integer::sum);
      if (problem != null) failures.add("case " + k + " [" + mutation + "]: " + problem);
    }
    System.out.println(name + ": " + outcomes);
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + MUTATIONS_PER_FILE + " mutations of " + name + " (seed " + name.hashCode() + ") broke the reader:\n  "
          + String.join("\n  ", failures.subList(0, Math.min(15, failures.size()))));
    }
  }

  /** Mutates 1 to 4 places of the first 3600 + 480 bytes; returns what it did, for reproduction. */
  private static String mutate(byte[] b, Random rnd) {
    int limit = Math.min(b.length, 3600 + 480);
    List<String> done = new ArrayList<>();
    for (int m = 1 + rnd.nextInt(4); m > 0; m--) {
      if (rnd.nextBoolean()) {
        int pos = KEY_WORDS[rnd.nextInt(KEY_WORDS.length)];
        int width = new int[] {1, 2, 4, 8}[rnd.nextInt(4)];
        if (pos + width > limit) continue;
        long v = new long[] {0, -1, 1, 2, 0x7F, 0x80, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000L, Long.MAX_VALUE, rnd.nextLong()}[rnd.nextInt(13)];
        boolean bigEndian = rnd.nextBoolean();
        for (int i = 0; i < width; i++) {
          int shift = 8 * (bigEndian ? width - 1 - i : i);
          b[pos + i] = (byte) (v >>> shift);
        }
        done.add(String.format(Locale.ROOT, "%d..%d=%s", pos, pos + width - 1, hex(b, pos, width)));
      } else {
        int pos = rnd.nextInt(limit);
        b[pos] = (byte) rnd.nextInt(256);
        done.add(String.format(Locale.ROOT, "%d=%s", pos, hex(b, pos, 1)));
      }
    }
    return String.join(", ", done);
  }

  private static String hex(byte[] b, int pos, int n) {
    StringBuilder s = new StringBuilder("0x");
    for (int i = 0; i < n; i++) s.append(String.format(Locale.ROOT, "%02X", b[pos + i]));
    return s.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /** What opening and reading all of a file gave: its layout, or the error. */
  private static final class Outcome {
    final SegyLayout layout;
    final Throwable error;

    private Outcome(SegyLayout layout, Throwable error) {
      this.layout = layout;
      this.error = error;
    }

    static Outcome of(Path p) {
      try (SegyFile f = SegyFile.open(p.toString())) {
        readEverything(f);
        return new Outcome(f.layout(), null);
      } catch (Throwable t) { // deliberately everything: OOM, NPE, index errors are what we look for
        return new Outcome(null, t);
      }
    }

    /** Null when acceptable: data, or a FathomException naming the file. */
    String problem(Path p) {
      if (error == null) return null;
      if (error instanceof FathomException && error.getMessage().contains(p.toString())) return null;
      return describe(error);
    }

    String summary() {
      if (error == null) return layout.kind() + (layout.traceCount() == 0 ? " (0 traces)" : "");
      return error.getClass().getSimpleName();
    }
  }

  private static String describe(Throwable t) {
    StackTraceElement[] st = t.getStackTrace();
    String where = "";
    for (StackTraceElement e : st) {
      if (e.getClassName().startsWith("dev.fathom.") && !e.getClassName().endsWith("Test")) {
        where = " at " + e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber();
        break;
      }
    }
    return t.getClass().getName() + ": " + t.getMessage() + where;
  }

  /**
   * Every read a user can make: headers, all samples (bulk and per trace), bulk header words,
   * geometry and bundles.
   */
  static void readEverything(SegyFile f) {
    SegyLayout l = f.layout();
    f.textHeaders().forEach(t -> t.text());
    if (f.binaryHeader() != null) f.binaryHeader().toMap();
    f.sampling();
    long n = l.traceCount();
    int chunk = (int) Math.max(1, Math.min(n, (8 << 20) / Math.max(1, l.traceBytes())));
    for (long t = 0; t < n; t += chunk) {
      f.traces(t, (int) Math.min(chunk, n - t));
    }
    for (long t = 0; t < n; t++) f.traceHeader(t).toMap();
    if (n > 0) {
      f.traceDoubles(0);
      f.traceDoubles(n - 1);
    }
    f.scaledHeaderValues(StandardLayouts.TRACE.find("CDP_X"));
    f.geometry().summary();
    for (TraceBundle b : f.bundles(3)) b.read(f);
  }

  private static FathomException assertRefused(Path p, Class<? extends FathomException> type) {
    Outcome o = assertTimeoutPreemptively(CASE_TIMEOUT, () -> Outcome.of(p));
    if (o.error == null) {
      fail(p + " was accepted (" + o.layout.traceCount() + " traces, decisions " + o.layout.decisions() + "), expected a refusal");
    }
    assertTrue(type.isInstance(o.error), "expected " + type.getSimpleName() + ", got " + describe(o.error));
    assertNamesFile(p, o.error);
    return (FathomException) o.error;
  }

  private static void assertNamesFile(Path p, Throwable e) {
    assertTrue(e instanceof FathomException, "not a FathomException: " + describe(e));
    assertEquals(p.toString(), ((FathomException) e).source(), "source of " + e.getMessage());
    assertTrue(e.getMessage().contains(p.toString()), "message names the file: " + e.getMessage());
  }

  private Path truncatedSmall(int length) throws IOException {
    byte[] b = Files.readAllBytes(SharedData.require(SMALL));
    return Files.write(dir.resolve("small-" + length + ".sgy"), Arrays.copyOf(b, length));
  }

  /** A copy of small.sgy with bytes replaced at the given 0-based offsets. */
  private Path patchedSmall(String name, Map<Integer, byte[]> patches) throws IOException {
    byte[] b = Files.readAllBytes(SharedData.require(SMALL));
    patches.forEach((pos, bytes) -> System.arraycopy(bytes, 0, b, pos, bytes.length));
    return Files.write(dir.resolve(name), b);
  }

  private static byte[] shortBytes(int v) {
    return new byte[] {(byte) (v >> 8), (byte) v};
  }
}

package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.header.HeaderBlock;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.header.TraceHeader;
import dev.fathom.segy.text.TextEncoding;
import dev.fathom.segy.write.SegyWriter;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files written by {@link SegyWriter} read back by {@link SegyFile} unchanged: for every sample
 * format, byte order and revision, the probe finds the layout without hints, every sample comes
 * back bit for bit, every header word is what was written (and every other word 0), the geometry
 * is the written grid and trace bundles read the same as direct reads.
 */
class RoundTripTest {
  /** Formats of SEG-Y rev 1; the others are rev-2 formats (tested with rev 2 only). */
  private static final List<SampleFormat> REV1_FORMATS = List.of(
      SampleFormat.IBM_FLOAT32, SampleFormat.INT32, SampleFormat.INT16, SampleFormat.IEEE_FLOAT32, SampleFormat.INT8);

  private static final List<ByteOrder> ORDERS = List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN);

  @TempDir Path dir;

  static Stream<Arguments> formatsOrdersRevisions() {
    List<Arguments> cases = new ArrayList<>();
    for (ByteOrder o : ORDERS) {
      for (SampleFormat f : SampleFormat.values()) {
        cases.add(Arguments.of(2, f, o));
        if (REV1_FORMATS.contains(f)) cases.add(Arguments.of(1, f, o));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "rev {0}, {1}, {2}")
  @MethodSource("formatsOrdersRevisions")
  void surveyRoundTrips(int revision, SampleFormat format, ByteOrder order) {
    roundTrip(SegyWriter.Spec.of(revision, format, order, 17, 2000), 3, 4);
  }

  /** Rev 1 holds up to 65535 samples unsigned at 3221; beyond that rev 2 uses 3269-3272. */
  @ParameterizedTest(name = "rev {0}, {1} samples, format {2}, {3}")
  @CsvSource({
    "1, 32768, 3, BIG_ENDIAN",
    "1, 65535, 1, LITTLE_ENDIAN",
    "2, 40000, 5, LITTLE_ENDIAN",
    "2, 65536, 8, BIG_ENDIAN",
    "2, 70001, 5, BIG_ENDIAN",
    "2, 70001, 7, LITTLE_ENDIAN",
  })
  void longTracesRoundTrip(int revision, int samples, int formatCode, String order) {
    SampleFormat f = SampleFormat.fromCode(formatCode, "test", 0);
    ByteOrder o = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    roundTrip(SegyWriter.Spec.of(revision, f, o, samples, 1000), 1, 2);
  }

  /**
   * Intervals the 16-bit word 3217-3218 cannot hold (fractional, or 32768 µs and more) go to the
   * rev-2 double at 3273-3280, which overrides 3217 when non-zero (segy.md §4.9).
   */
  @ParameterizedTest(name = "rev 2, interval {0} us")
  @CsvSource({"0.5", "2.5", "125.25", "32768", "1000000"})
  void rev2IntervalsRoundTrip(double intervalUs) {
    roundTrip(SegyWriter.Spec.of(2, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 5, intervalUs), 2, 2);
  }

  /** Rev 1 has only the 16-bit interval word: what it cannot hold must be refused, not lost. */
  @ParameterizedTest(name = "rev 1, interval {0} us")
  @CsvSource({"0.5", "32768", "1000000"})
  void rev1RefusesIntervalsItCannotStore(double intervalUs) {
    Path p = dir.resolve("interval.sgy");
    assertThrows(IllegalArgumentException.class, () -> {
      try (SegyWriter w = SegyWriter.create(p, SegyWriter.Spec.of(1, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 5, intervalUs))) {
        w.write(w.header(), new float[5]);
      }
    }, "a rev-1 file cannot store an interval of " + intervalUs + " us");
  }

  /** Values only an exact IBM codec keeps: float32 subnormals (segyio flushes them to 0). */
  @Test
  void ibmSubnormalsRoundTrip() {
    float[] v = {Float.MIN_VALUE, -3 * Float.MIN_VALUE, 0x1p-140f, Float.MIN_NORMAL / 2, -0x1.8p-127f};
    assertArrayEquals(floatBits(v), floatBits(writeOneTrace(SampleFormat.IBM_FLOAT32, ByteOrder.LITTLE_ENDIAN, v)));
  }

  /** IEEE float32 samples are copied bit for bit: NaN payloads (quiet and signalling) included. */
  @Test
  void ieeeFloatNaNPayloadsSurvive() {
    int[] bits = {0x7FC00000, 0x7FA00001, 0xFFC12345, 0x7F800001, 0x80000000};
    float[] v = new float[bits.length];
    for (int i = 0; i < v.length; i++) v[i] = Float.intBitsToFloat(bits[i]);
    float[] back = writeOneTrace(SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, v);
    int[] raw = new int[back.length];
    for (int i = 0; i < raw.length; i++) raw[i] = Float.floatToRawIntBits(back[i]);
    assertArrayEquals(bits, raw);
  }

  /** A sample the format cannot hold is refused; the traces written before and after stay intact. */
  @Test
  void refusedSampleLeavesTheWriterUsable() {
    Path p = dir.resolve("refused.sgy");
    try (SegyWriter w = SegyWriter.create(p, SegyWriter.Spec.of(1, SampleFormat.INT8, ByteOrder.BIG_ENDIAN, 3, 1000))) {
      w.write(w.header().set("INLINE_3D", 1), new float[] {1, 2, 3});
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> w.write(w.header().set("INLINE_3D", 2), new float[] {1, 200, 3}));
      assertTrue(e.getMessage().contains("200"), e.getMessage());
      assertEquals(1, w.traceCount());
      w.write(w.header().set("INLINE_3D", 3), new float[] {-128, 0, 127});
    }
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertEquals(2, f.traceCount());
      assertArrayEquals(new float[] {1, 2, 3}, f.trace(0));
      assertArrayEquals(new float[] {-128, 0, 127}, f.trace(1));
      assertArrayEquals(new long[] {1, 3}, f.headerValues(StandardLayouts.TRACE.find("INLINE_3D")));
      assertArrayEquals(new long[] {1, 2}, f.headerValues(StandardLayouts.TRACE.find("TRACE_SEQUENCE_FILE")));
    }
  }

  /** A spec the writer refuses while starting must not leave its temporary file behind. */
  @Test
  void refusedBinaryHeaderWordLeavesNoPartFile() throws IOException {
    List<Object[]> words = List.<Object[]>of(new Object[] {"NoSuchBinaryWord", 1});
    SegyWriter.Spec spec = new SegyWriter.Spec(1, SampleFormat.INT16, ByteOrder.BIG_ENDIAN, 4, 1000, null, words);
    assertThrows(IllegalArgumentException.class, () -> SegyWriter.create(dir.resolve("refused.sgy"), spec));
    assertEquals(List.of(), listDir(), "no target and no .part file");
  }

  @Test
  void abortLeavesNothingBehind() throws IOException {
    Path p = dir.resolve("aborted.sgy");
    SegyWriter w = SegyWriter.create(p, SegyWriter.Spec.of(1, SampleFormat.INT16, ByteOrder.BIG_ENDIAN, 4, 1000));
    w.write(w.header(), new float[] {1, 2, 3, 4});
    w.abort();
    assertEquals(List.of(), listDir());
  }

  // ---------------------------------------------------------------------------------------------

  private void roundTrip(SegyWriter.Spec spec, int inlines, int crosslines) {
    Path p = dir.resolve("survey.sgy");
    TestSurveys.Survey s = TestSurveys.write(p, spec, inlines, crosslines);
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertAll(
          () -> assertEquals(List.of(p.getFileName()), listDir(), "only the target, no leftover .part file"),
          () -> assertLayout(s, f.layout()),
          () -> assertFileHeaders(s, f),
          () -> assertSamples(s, f),
          () -> assertTraceHeaders(s, f),
          () -> assertGeometry(s, f.geometry()),
          () -> assertBundles(s, f, 5),
          () -> assertBundles(s, f, 1));
    }
  }

  /** Writes one trace of {@code v} (rev 2) and returns what SegyFile reads back. */
  private float[] writeOneTrace(SampleFormat format, ByteOrder order, float[] v) {
    Path p = dir.resolve("one.sgy");
    try (SegyWriter w = SegyWriter.create(p, SegyWriter.Spec.of(2, format, order, v.length, 1000))) {
      w.write(w.header(), v);
    }
    try (SegyFile f = SegyFile.open(p.toString())) {
      assertEquals(1, f.traceCount());
      return f.trace(0);
    }
  }

  private List<Path> listDir() throws IOException {
    try (Stream<Path> l = Files.list(dir)) {
      return l.map(Path::getFileName).toList();
    }
  }

  private static void assertLayout(TestSurveys.Survey s, SegyLayout l) {
    SegyWriter.Spec spec = s.spec();
    assertAll(
        () -> assertEquals(SegyKind.SEGY, l.kind()),
        () -> assertEquals(spec.byteOrder(), l.byteOrder(), "byte order found without hints: " + l.decisions()),
        () -> assertEquals(spec.format(), l.format()),
        () -> assertEquals(spec.samples(), l.samples()),
        () -> assertEquals(spec.intervalUs(), l.intervalUs(), "interval: " + l.decisions()),
        () -> assertEquals(spec.revision(), l.revisionMajor()),
        () -> assertEquals(0, l.revisionMinor()),
        () -> assertEquals(TextEncoding.EBCDIC, l.textEncoding()),
        () -> assertEquals(0, l.extendedTextHeaders()),
        () -> assertEquals(3600, l.firstTraceOffset()),
        () -> assertEquals(1, l.headersPerTrace()),
        () -> assertEquals(s.traces(), l.traceCount()),
        () -> assertEquals(0, l.trailerBytes()),
        () -> assertEquals(0, l.danglingBytes()),
        () -> assertEquals(List.of(), l.warnings(), "a clean file gives no warning"),
        () -> {
          Decision order = decision(l, "byte order");
          assertNotEquals("given", order.reason());
          assertTrue(!order.reason().startsWith("no evidence"), "byte order must be decided by evidence: " + order);
        });
  }

  private static Decision decision(SegyLayout l, String name) {
    return l.decisions().stream().filter(d -> d.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + name + "' decision in " + l.decisions()));
  }

  private static void assertFileHeaders(TestSurveys.Survey s, SegyFile f) {
    SegyWriter.Spec spec = s.spec();
    HeaderBlock b = f.binaryHeader();
    boolean rev2 = spec.revision() == 2;
    assertAll(
        () -> assertEquals(spec.format().code(), b.get("Format")),
        () -> assertEquals(spec.samples() <= 65535 ? spec.samples() : 0, b.get("Samples")),
        () -> assertEquals(rev2 && spec.samples() > 65535 ? spec.samples() : 0, b.get("ExtSamples")),
        () -> assertEquals(spec.revision(), b.get("SEGYRevision")),
        () -> assertEquals(1, b.get("TraceFlag")),
        () -> assertEquals(0, b.get("ExtendedHeaders")),
        () -> assertEquals(rev2 ? s.traces() : 0, b.get("NrTracesInStream")),
        () -> assertEquals(rev2 ? 3600 : 0, b.get("FirstTraceOffset")),
        () -> assertEquals(1, f.textHeaders().size()),
        () -> assertTrue(f.textHeaders().get(0).text().contains("written by Fathom"), f.textHeaders().get(0).text()));
  }

  private static void assertSamples(TestSurveys.Survey s, SegyFile f) {
    float[][] all = f.traces(0, s.traces());
    for (int t = 0; t < s.traces(); t++) {
      double[] want = s.samples()[t];
      assertArrayEquals(doubleBits(want), doubleBits(f.traceDoubles(t)), "traceDoubles(" + t + ")");
      assertArrayEquals(floatBits(toFloats(want)), floatBits(f.trace(t)), "trace(" + t + ")");
      assertArrayEquals(floatBits(toFloats(want)), floatBits(all[t]), "traces(0, n)[" + t + "]");
    }
  }

  private static void assertTraceHeaders(TestSurveys.Survey s, SegyFile f) {
    HeaderField scalar = StandardLayouts.TRACE.find("SourceGroupScalar");
    for (int t = 0; t < s.traces(); t++) {
      TraceHeader h = f.traceHeader(t);
      for (Map.Entry<HeaderField, Long> e : s.allHeaderWords(t).entrySet()) {
        assertEquals(e.getValue(), h.get(e.getKey()), "trace " + t + " header word " + e.getKey().name());
      }
      assertEquals(s.cdpX(t) / 100.0, h.getScaled(StandardLayouts.TRACE.find("CDP_X")), "scaled CDP_X");
      assertEquals(s.cdpY(t) / 100.0, h.getScaled(StandardLayouts.TRACE.find("CDP_Y")), "scaled CDP_Y");
      assertEquals(TestSurveys.COORDINATE_SCALAR, h.get(scalar));
    }
    // the bulk path (one scan) agrees with the per-trace headers
    for (String name : List.of("INLINE_3D", "CROSSLINE_3D", "CDP_X", "CDP_Y", "TRACE_SEQUENCE_FILE")) {
      HeaderField field = StandardLayouts.TRACE.find(name);
      long[] want = new long[s.traces()];
      for (int t = 0; t < want.length; t++) want[t] = s.headerWords(t).get(name);
      assertArrayEquals(want, f.headerValues(field), "headerValues(" + name + ")");
    }
    double[] x = f.scaledHeaderValues(StandardLayouts.TRACE.find("CDP_X"));
    for (int t = 0; t < s.traces(); t++) assertEquals(s.cdpX(t) / 100.0, x[t], "scaledHeaderValues(CDP_X)[" + t + "]");
  }

  private static void assertGeometry(TestSurveys.Survey s, Geometry g) {
    assertAll(
        () -> assertEquals(Geometry.Type.POST_STACK_3D, g.type(), g.summary()),
        () -> assertEquals(Geometry.Sorting.INLINE, g.sorting()),
        () -> assertArrayEquals(s.inlineNumbers(), g.inlines()),
        () -> assertArrayEquals(s.crosslineNumbers(), g.crosslines()),
        () -> assertArrayEquals(new int[] {0}, g.offsets()),
        () -> assertEquals(0, g.missingTraces()));
  }

  private static void assertBundles(TestSurveys.Survey s, SegyFile f, int n) {
    List<TraceBundle> bundles = f.bundles(n);
    assertEquals(Math.min(n, s.traces()), bundles.size(), "bundle count");
    long next = 0;
    SegyLayout l = f.layout();
    for (int k = 0; k < bundles.size(); k++) {
      TraceBundle b = bundles.get(k);
      assertEquals(k, b.index());
      assertEquals(next, b.firstTrace(), "bundles are contiguous");
      assertTrue(b.traceCount() > 0, "no empty bundle: " + b);
      assertEquals(l.traceOffset(b.firstTrace()), b.byteStart());
      assertEquals(l.traceOffset(b.firstTrace() + b.traceCount()), b.byteEnd());
      float[][] read = b.read(f);
      assertEquals(b.traceCount(), read.length);
      for (int i = 0; i < read.length; i++) {
        assertArrayEquals(floatBits(f.trace(b.firstTrace() + i)), floatBits(read[i]), "bundle " + k + " trace " + i);
      }
      next += b.traceCount();
    }
    assertEquals(s.traces(), next, "bundles cover every trace");
    assertEquals(sizeOf(s.path()), bundles.get(bundles.size() - 1).byteEnd(), "last bundle ends at the end of the file");
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // bit patterns: NaNs compare equal (one canonical pattern), -0 and +0 do not

  static float[] toFloats(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
    return f;
  }

  static int[] floatBits(float[] f) {
    int[] b = new int[f.length];
    for (int i = 0; i < f.length; i++) b[i] = Float.floatToIntBits(f[i]);
    return b;
  }

  static long[] doubleBits(double[] d) {
    long[] b = new long[d.length];
    for (int i = 0; i < d.length; i++) b[i] = Double.doubleToLongBits(d[i]);
    return b;
  }
}

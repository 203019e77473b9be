package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.header.HeaderBlock;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.header.TraceHeader;
import dev.fathom.segy.write.SegyWriter;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files we write are read identically by segyio (Debian's python3-segyio 1.8.3, the oracle CI
 * installs): trace count, sample count and interval, the binary header words we write, every
 * trace header word (by byte position), every sample (as float32 bit patterns), segyio's
 * geometry inference (inline and crossline numbers, sorting) and its exact per-trace sums.
 *
 * <p>Only the rev-1 formats segyio 1.8.3 decodes correctly are checked (1, 2, 3, 5, 8; segy.md
 * §0.1): it misreads 6, 9, 10, 11, 12 and ignores rev-2 words. Needs /usr/bin/python3 with
 * segyio ({@code apt-get install python3-segyio}); skipped with that message otherwise.
 */
class SegyioCrossCheckTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * argv: path, endian. Prints one JSON object: counts, interval, the binary words, every trace
   * header as {byte: value}, samples as float32 bit patterns, the exact sum of the finite samples
   * of each trace (math.fsum, as float.hex) and segyio's own geometry.
   */
  private static final String SCRIPT = String.join("\n",
      "import json, math, sys",
      "import numpy as np, segyio",
      "path, endian = sys.argv[1], sys.argv[2]",
      "out = {}",
      "with segyio.open(path, ignore_geometry=True, endian=endian) as f:",
      "    out['tracecount'] = f.tracecount",
      "    out['samples'] = len(f.samples)",
      "    out['interval_ms'] = float(f.samples[1] - f.samples[0]) if len(f.samples) > 1 else None",
      "    out['bin'] = {str(int(k)): int(v) for k, v in f.bin.items()}",
      "    out['headers'] = [{str(int(k)): int(v) for k, v in f.header[i].items()} for i in range(f.tracecount)]",
      "    tr = [np.asarray(f.trace[i], dtype=np.float32) for i in range(f.tracecount)]",
      "    out['bits'] = [t.view(np.uint32).tolist() for t in tr]",
      "    out['fsum'] = [math.fsum(float(x) for x in t if math.isfinite(x)).hex() for t in tr]",
      "with segyio.open(path, endian=endian) as f:",
      "    out['sorting'] = int(f.sorting)",
      "    out['ilines'] = [int(x) for x in f.ilines]",
      "    out['xlines'] = [int(x) for x in f.xlines]",
      "print(json.dumps(out))");

  /** Binary header words (1-based file byte) that segyio 1.8.3 reads with our widths. */
  private static final List<String> BINARY_WORDS = List.of("Interval", "Samples", "Format", "TraceFlag", "ExtendedHeaders");

  @TempDir Path dir;

  @BeforeAll
  static void requireSegyio() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), PYTHON + " not found: segyio cross-check skipped (CI installs python3-segyio)");
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import segyio").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0,
        "segyio not importable by " + PYTHON + " (apt-get install python3-segyio): cross-check skipped; " + out.trim());
  }

  static Stream<Arguments> segyioReadableFormats() {
    List<Arguments> cases = new ArrayList<>();
    for (ByteOrder o : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
      for (SampleFormat f : List.of(SampleFormat.IBM_FLOAT32, SampleFormat.INT32, SampleFormat.INT16,
          SampleFormat.IEEE_FLOAT32, SampleFormat.INT8)) {
        cases.add(Arguments.of(f, o));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "rev 1, {0}, {1}")
  @MethodSource("segyioReadableFormats")
  void segyioReadsWhatWeWrite(SampleFormat format, ByteOrder order) throws Exception {
    Path p = dir.resolve("cross.sgy");
    TestSurveys.Survey s = TestSurveys.write(p, SegyWriter.Spec.of(1, format, order, 17, 2000), 3, 4);
    JsonNode seg = segyio(p, order);
    try (SegyFile f = SegyFile.open(p.toString())) {
      int n = s.traces();
      assertAll(
          () -> assertEquals(n, seg.get("tracecount").asInt(), "segyio trace count"),
          () -> assertEquals(f.traceCount(), seg.get("tracecount").asLong(), "trace count, ours vs segyio"),
          () -> assertEquals(f.samples(), seg.get("samples").asInt(), "samples per trace"),
          () -> assertEquals(f.layout().intervalUs() / 1000.0, seg.get("interval_ms").asDouble(), "interval (ms)"),
          () -> assertBinaryHeader(f.binaryHeader(), seg.get("bin")),
          () -> assertRevisionWord(order, seg.get("bin")),
          () -> assertTraceHeaders(f, seg.get("headers")),
          () -> assertSamples(f, seg.get("bits"), seg.get("fsum")),
          () -> assertGeometry(f.geometry(), seg));
    }
  }

  private static void assertBinaryHeader(HeaderBlock ours, JsonNode theirs) {
    for (String name : BINARY_WORDS) {
      HeaderField f = StandardLayouts.BINARY.find(name);
      JsonNode v = theirs.get(String.valueOf(3200 + f.byteNumber()));
      assertNotNull(v, "segyio has no binary word at byte " + (3200 + f.byteNumber()));
      assertEquals(ours.get(f), v.asLong(), "binary header " + name);
    }
  }

  /**
   * segyio 1.8.3 reads bytes 3501-3502 as one 16-bit word: rev 1.0 is 0x0100 (segy.md §4.5). Checked
   * for big-endian files only, where the word's two bytes are unambiguous.
   */
  private static void assertRevisionWord(ByteOrder order, JsonNode theirs) {
    if (order == ByteOrder.BIG_ENDIAN) {
      assertEquals(0x0100, theirs.get("3501").asInt(), "segyio's SEGYRevision word (bytes 3501-3502)");
    }
  }

  /** Every trace header word segyio knows, compared by byte position with ours. */
  private static void assertTraceHeaders(SegyFile f, JsonNode theirs) {
    for (int t = 0; t < theirs.size(); t++) {
      TraceHeader h = f.traceHeader(t);
      Iterator<Map.Entry<String, JsonNode>> it = theirs.get(t).fields();
      int compared = 0;
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        HeaderField field = StandardLayouts.TRACE.atByte(Integer.parseInt(e.getKey()));
        assertNotNull(field, "no field of ours at trace header byte " + e.getKey());
        assertEquals(e.getValue().asLong(), h.get(field), "trace " + t + " byte " + e.getKey() + " (" + field.name() + ")");
        compared++;
      }
      assertTrue(compared >= 80, "segyio gave only " + compared + " header words");
    }
  }

  private static void assertSamples(SegyFile f, JsonNode bits, JsonNode fsums) {
    for (int t = 0; t < bits.size(); t++) {
      float[] ours = f.trace(t);
      int[] theirs = new int[bits.get(t).size()];
      for (int i = 0; i < theirs.length; i++) theirs[i] = (int) bits.get(t).get(i).asLong();
      int[] oursRaw = new int[ours.length];
      for (int i = 0; i < ours.length; i++) oursRaw[i] = Float.floatToRawIntBits(ours[i]);
      assertArrayEquals(theirs, oursRaw, "trace " + t + " samples as float32 bit patterns");
      double[] finite = new double[ours.length];
      int m = 0;
      for (float x : ours) if (Float.isFinite(x)) finite[m++] = x;
      assertEquals(Double.parseDouble(fsums.get(t).asText()), ExactSum.fsum(Arrays.copyOf(finite, m), false),
          "trace " + t + " exact sum of the finite samples");
    }
  }

  private static void assertGeometry(Geometry g, JsonNode seg) {
    assertEquals(Geometry.Sorting.INLINE.code(), seg.get("sorting").asInt(), "segyio's sorting");
    assertArrayEquals(ints(seg.get("ilines")), g.inlines(), "inlines, ours vs segyio");
    assertArrayEquals(ints(seg.get("xlines")), g.crosslines(), "crosslines, ours vs segyio");
    assertEquals(Geometry.Sorting.INLINE, g.sorting());
  }

  private static int[] ints(JsonNode a) {
    int[] r = new int[a.size()];
    for (int i = 0; i < r.length; i++) r[i] = a.get(i).asInt();
    return r;
  }

  private static JsonNode segyio(Path file, ByteOrder order) throws IOException, InterruptedException {
    String endian = order == ByteOrder.BIG_ENDIAN ? "big" : "little";
    Path err = Files.createTempFile(file.getParent(), "segyio", ".err");
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT, file.toString(), endian)
        .redirectError(err.toFile())
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = p.waitFor(60, TimeUnit.SECONDS);
    if (!done) p.destroyForcibly();
    String stderr = Files.readString(err);
    Files.delete(err);
    assertTrue(done && p.exitValue() == 0, "segyio failed on " + file + " (" + endian + "): " + stderr);
    return JSON.readTree(out);
  }
}

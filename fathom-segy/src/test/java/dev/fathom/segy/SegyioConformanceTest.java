package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.FathomException;
import dev.fathom.core.SharedData;
import dev.fathom.segy.header.HeaderBlock;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import dev.fathom.segy.header.TraceHeader;
import dev.fathom.segy.text.TextEncoding;
import dev.fathom.segy.text.TextHeader;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of shared/testdata/segy that has a reference in shared/reference/segyio and
 * compares it with what segyio 2.0 read (headers, text, geometry, sample axis) and with the
 * reference's independent exact decoder (kind, byte order, format, trace count, samples: exact
 * fsum per trace, first samples). Samples are compared with the independent decode rather than
 * segyio because segyio's IBM conversion is inexact on un-normalised words (segy.md §0.2); the
 * two agree on every other file. Files that neither decoder can read must be refused with a
 * typed error. Deliberate deviations from segyio are checked by rule (see expectedInterval,
 * expectedT0, the text comparison) and documented in docs/formats.md.
 */
class SegyioConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Files carrying a rev-2.1 {@code ((SEG:Layout))} XML stanza that moves header words (segyio
   * 2.0 follows it). Fathom takes the key words from it (iline, xline, offset, cdp_x, cdp_y,
   * co_scal; docs/formats.md) but keeps the standard header map for everything else, so for these
   * files the geometry is compared (where segyio 2.0 found one), not segyio's header view.
   */
  private static final java.util.Set<String> XML_LAYOUT_FILES = java.util.Set.of(
      "segyio/test-data/mapping-all-types-lsb.sgy", "segyio/test-data/mapping-all-types.sgy",
      "segyio/test-data/mapping-encoding-ext1.sgy", "segyio/test-data/mapping-minimal.sgy",
      "segyio/test-data/mapping-mixed-order.sgy", "segyio/test-data/mapping-no-extension1.sgy",
      "segyio/test-data/mapping-shifted.sgy", "segyio/test-data/mapping-unsupported-type.sgy");

  /** Files whose main textual header segyio decodes as EBCDIC although they hold ASCII text. */
  private static final java.util.Set<String> ENCODING_DEVIATIONS = java.util.Set.of(
      // starts with NUL bytes, then ASCII "LINE_ID 0": segyio's first-byte rule says EBCDIC
      "SeisUnix/src/Third_Party/seg2segy/329.sgy");

  @Test
  void everyReferenceFileReadsLikeSegyio() throws IOException {
    Path refs = SharedData.require("reference/segyio");
    Path shared = SharedData.require();
    List<Path> files;
    try (Stream<Path> s = Files.list(refs)) {
      files = s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("_")).sorted().toList();
    }
    int passed = 0;
    List<String> failures = new ArrayList<>();
    for (Path ref : files) {
      JsonNode r = JSON.readTree(ref.toFile());
      String rel = r.get("file").asText();
      Path data = shared.resolve("testdata/segy").resolve(rel);
      List<String> problems = new ArrayList<>();
      try {
        check(rel, data, r, problems);
      } catch (RuntimeException | AssertionError e) {
        problems.add("threw " + e);
      }
      if (problems.isEmpty()) {
        passed++;
        System.out.println("PASS " + rel);
      } else {
        failures.add(rel + ": " + String.join("; ", problems));
        System.out.println("FAIL " + rel + ": " + String.join("; ", problems));
      }
    }
    System.out.println(passed + " passed, " + failures.size() + " failed");
    assertEquals(List.of(), failures, passed + " passed, " + failures.size() + " failed");
  }

  private void check(String rel, Path data, JsonNode r, List<String> problems) {
    JsonNode ind = r.get("independent_decode");
    JsonNode s2 = r.get("segyio").get("segyio-2.0.0a1-head");
    boolean readable = ind != null && ind.hasNonNull("kind") && ind.hasNonNull("traces");
    if (!readable) {
      try (SegyFile f = SegyFile.open(data.toString())) {
        problems.add("opened, expected a refusal (" + f.traceCount() + " traces)");
      } catch (FathomException e) {
        if (!e.getMessage().contains(data.toString())) problems.add("error does not name the file: " + e.getMessage());
      }
      return;
    }
    try (SegyFile f = SegyFile.open(data.toString())) {
      SegyLayout l = f.layout();
      String kind = ind.get("kind").asText();
      expect(problems, "kind", kind, l.kind() == SegyKind.SEGY ? "segy" : l.kind() == SegyKind.SU ? "su" : "passcal");
      expect(problems, "endian", ind.get("endian").asText(), l.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little");
      if (kind.equals("segy")) expect(problems, "format", ind.get("format").asInt(), l.format().code());
      expect(problems, "traces", ind.get("traces").asLong(), f.traceCount());
      expect(problems, "samples", ind.get("samples_per_trace").asInt(), f.samples());
      checkSamples(f, ind.get("samples_stats"), problems);
      if (XML_LAYOUT_FILES.contains(rel)) {
        if (s2.path("opened").asBoolean(false) && s2.path("geometry").has("ilines")) checkGeometry(f, s2, problems);
        System.out.println("NOTE " + rel + ": key words from the SEG:Layout stanza; segyio's header view not compared");
      } else if (s2.path("opened").asBoolean(false)) {
        checkLikeSegyio(rel, f, r, s2, problems);
      }
    }
  }

  private void checkLikeSegyio(String rel, SegyFile f, JsonNode r, JsonNode s2, List<String> problems) {
    JsonNode smp = s2.get("samples");
    if (smp != null && smp.hasNonNull("dt_us_tools_dt")) {
      expect(problems, "interval", expectedInterval(f, smp.get("dt_us_tools_dt").asDouble()), f.layout().intervalUs());
      expect(problems, "t0", expectedT0(f, smp.get("first").asDouble()), f.sampling().first());
    }
    HeaderBlock bin = f.binaryHeader();
    if (bin != null && s2.has("binary_header")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = s2.get("binary_header").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        HeaderField fld = StandardLayouts.BINARY.atByte(Integer.parseInt(e.getKey()) - 3200);
        if (fld == null) { problems.add("no binary field at " + e.getKey()); continue; }
        expect(problems, "bin " + e.getKey(), e.getValue().asDouble(), bin.getDouble(fld));
      }
    }
    JsonNode texts = s2.get("text_headers");
    if (texts != null && f.layout().kind() == SegyKind.SEGY) {
      for (JsonNode t : texts) {
        int idx = t.get("index").asInt();
        if (idx >= f.textHeaders().size()) { problems.add("missing text header " + idx); continue; }
        // segyio 2.0 decodes the main record with its first-byte rule and returns extended
        // records undecoded; we score each record (deliberate, docs/formats.md). Compare the
        // bytes: our record seen the way segyio sees it must equal segyio's text.
        TextEncoding theirs = idx == 0 && "ebcdic".equals(s2.path("encoding").asText()) ? TextEncoding.EBCDIC : TextEncoding.ASCII;
        TextHeader ours = f.textHeaders().get(idx);
        List<String> lines = new TextHeader(ours.raw(), theirs).lines();
        if (idx == 0 && ours.encoding() != theirs && !ENCODING_DEVIATIONS.contains(rel)) {
          problems.add("text encoding " + ours.encoding() + ", segyio " + theirs);
        }
        JsonNode want = t.get("lines");
        for (int i = 0; i < want.size(); i++) {
          if (!want.get(i).asText().equals(lines.get(i))) {
            problems.add("text " + idx + " line " + (i + 1) + ": '" + want.get(i).asText() + "' vs '" + lines.get(i) + "'");
            break;
          }
        }
      }
    }
    JsonNode cols = s2.get("trace_header_columns");
    if (cols != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        HeaderField fld = StandardLayouts.TRACE.find(e.getKey());
        long[] got = f.headerValues(fld);
        JsonNode want = e.getValue();
        for (int i = 0; i < want.size(); i++) {
          if (want.get(i).asLong() != got[i]) {
            problems.add("column " + e.getKey() + " trace " + i + ": " + want.get(i) + " vs " + got[i]);
            break;
          }
        }
      }
    }
    checkHeader(problems, "first trace header", s2.get("first_trace_header"), f.traceHeader(0));
    checkHeader(problems, "last trace header", s2.get("last_trace_header"), f.traceHeader(f.traceCount() - 1));
    checkGeometry(f, s2, problems);
  }

  /**
   * Deliberate deviations on the interval: SU files have no binary header, so their interval is
   * the trace header's bytes 117-118 (segyio reads a "binary header" out of trace data); when the
   * binary header and the first trace both hold positive but different intervals, the binary
   * header's wins (segyio falls back to 4000 us).
   */
  private static double expectedInterval(SegyFile f, double segyio) {
    TraceHeader h = f.traceHeader(0);
    long traceDt = h.get(StandardLayouts.TRACE.find("TRACE_SAMPLE_INTERVAL"));
    if (f.layout().kind() != SegyKind.SEGY) return traceDt > 0 ? traceDt : 4000;
    long binDt = f.binaryHeader().get(StandardLayouts.BINARY.find("Interval"));
    if (binDt > 0 && traceDt > 0 && binDt != traceDt) return binDt;
    return segyio;
  }

  /**
   * Deliberate deviation on t0: a time scalar (bytes 215-216) outside ±1, ±10, ..., ±10000 is
   * junk (segy.md §4.10) and ignored; segyio 2.0 applies any value.
   */
  private static double expectedT0(SegyFile f, double segyio) {
    TraceHeader h = f.traceHeader(0);
    long scalar = h.get(StandardLayouts.TRACE.find("ScalarTraceHeader"));
    if (dev.fathom.segy.header.Scaling.isLegal(scalar)) return segyio;
    return h.get(StandardLayouts.TRACE.find("DelayRecordingTime"));
  }

  private void checkHeader(List<String> problems, String what, JsonNode want, TraceHeader h) {
    if (want == null) return;
    for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) continue;
      HeaderField fld = StandardLayouts.TRACE.atByte(Integer.parseInt(e.getKey()));
      if (fld == null) { problems.add(what + ": no field at byte " + e.getKey()); continue; }
      if (e.getValue().asLong() != h.get(fld)) {
        problems.add(what + " byte " + e.getKey() + ": " + e.getValue() + " vs " + h.get(fld));
        return;
      }
    }
  }

  private void checkGeometry(SegyFile f, JsonNode s2, List<String> problems) {
    Geometry g = f.geometry();
    boolean unstructured = s2.path("unstructured").asBoolean(true);
    if (unstructured) {
      if (g.structured()) problems.add("geometry: segyio says unstructured, we say " + g.summary());
      return;
    }
    JsonNode geo = s2.get("geometry");
    if (!g.structured()) { problems.add("geometry: segyio says structured, we say " + g.summary()); return; }
    expect(problems, "sorting", geo.get("sorting").asInt(), g.sorting().code());
    expectInts(problems, "ilines", geo.get("ilines"), g.inlines());
    expectInts(problems, "xlines", geo.get("xlines"), g.crosslines());
    expectInts(problems, "offsets", geo.get("offsets"), g.offsets());
  }

  private void checkSamples(SegyFile f, JsonNode st, List<String> problems) {
    if (st == null || f.traceCount() == 0) return;
    JsonNode sums = st.get("per_trace_sum");
    JsonNode sumAbs = st.get("per_trace_sumabs");
    for (int i = 0; i < f.traceCount(); i++) {
      double[] x = f.traceDoubles(i);
      if (number(sums.get(i)) != ExactSum.fsum(x, false) && !bothNaN(number(sums.get(i)), ExactSum.fsum(x, false))) {
        problems.add("trace " + i + " sum " + sums.get(i) + " vs " + ExactSum.fsum(x, false));
        return;
      }
      if (number(sumAbs.get(i)) != ExactSum.fsum(x, true) && !bothNaN(number(sumAbs.get(i)), ExactSum.fsum(x, true))) {
        problems.add("trace " + i + " sum|x| " + sumAbs.get(i) + " vs " + ExactSum.fsum(x, true));
        return;
      }
    }
    float[] first = f.trace(0);
    float[] last = f.trace(f.traceCount() - 1);
    JsonNode w0 = st.get("first_trace_first5");
    JsonNode w1 = st.get("last_trace_first5");
    for (int i = 0; i < w0.size(); i++) {
      if (Double.compare(number(w0.get(i)), (double) first[i]) != 0 && !isLargeInt(f)) {
        problems.add("first trace sample " + i + ": " + w0.get(i) + " vs " + first[i]);
        break;
      }
      if (Double.compare(number(w1.get(i)), (double) last[i]) != 0 && !isLargeInt(f)) {
        problems.add("last trace sample " + i + ": " + w1.get(i) + " vs " + last[i]);
        break;
      }
    }
  }

  /** 32/64-bit integer samples are compared exactly through the sums (float32 rounds them). */
  private static boolean isLargeInt(SegyFile f) {
    return f.layout().format().isInteger() && f.layout().format().bytesPerSample() >= 4;
  }

  private static boolean bothNaN(double a, double b) {
    return Double.isNaN(a) && Double.isNaN(b);
  }

  private static double number(JsonNode n) {
    if (n.isTextual()) {
      switch (n.asText()) {
        case "NaN": return Double.NaN;
        case "Infinity": return Double.POSITIVE_INFINITY;
        case "-Infinity": return Double.NEGATIVE_INFINITY;
        default: throw new IllegalArgumentException(n.asText());
      }
    }
    return n.asDouble();
  }

  private static void expectInts(List<String> problems, String what, JsonNode want, int[] got) {
    if (want == null || want.isNull()) return;
    boolean ok = want.size() == got.length;
    for (int i = 0; ok && i < got.length; i++) ok = want.get(i).asInt() == got[i];
    if (!ok) problems.add(what + ": " + want + " vs " + java.util.Arrays.toString(got));
  }

  private static void expect(List<String> problems, String what, Object want, Object got) {
    boolean eq = want instanceof Number && got instanceof Number
        ? Double.compare(((Number) want).doubleValue(), ((Number) got).doubleValue()) == 0
        : want.equals(got);
    if (!eq) problems.add(what + ": expected " + want + ", got " + got);
  }
}

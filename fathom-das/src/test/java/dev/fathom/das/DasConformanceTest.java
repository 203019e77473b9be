package dev.fathom.das;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every DAS sample file with a DASCore reference JSON (shared/reference/das) is read and compared:
 * format, version, dims, shape, dtype, time start and step, distance/channel start, step, count and
 * units, data units and the data fingerprints. Where Fathom deliberately differs from DASCore
 * (docs/das-formats.md), the check is replaced by a check of what Fathom does instead, with the
 * reason; see {@link #DEVIATIONS}. Prints {@code N passed, N failed} at the end.
 */
class DasConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
  private static final List<String> PASSED = new ArrayList<>();
  private static final List<String> FAILED = new ArrayList<>();

  /** A deliberate difference: the field, what we expect instead (from the reference JSON), why. */
  record Deviation(String file, String field, Function<JsonNode, Object> expected, String reason) {}

  static final List<Deviation> DEVIATIONS = List.of(
      new Deviation("silixa_h5_1.hdf5", "distance.start",
          j -> j.at("/patches/0/distance_after_upstream_fix_PR1026/start").asDouble(),
          "DASCore #1025 (fixed by PR #1026 after the pinned commit): the origin is 'Start Distance (m)',"
              + " not StartPosition + MeasureLength x multiplier"),
      new Deviation("sample_tdms_file_v4713.tdms", "time.start",
          j -> j.at("/patches/0/key_source_attributes/root properties").get("GPSTimeStamp__exact_utc_ns(floor)").asText(),
          "the LabVIEW GPSTimeStamp is kept to the nanosecond; DASCore rounds it to microseconds through a Python float"),
      new Deviation("prodml_fbe_1.h5", "data_units",
          j -> j.at("/patches/0/key_source_attributes").get("/Acquisition/Processed/Fbe[0]").get("FbeDataUnit").asText(),
          "FbeDataUnit stored on the parent Fbe[i] group is read; DASCore only looks on FbeData[j] and leaves None"),
      new Deviation("decimated_optodas.hdf5", "distance.units",
          j -> j.at("/patches/0/key_source_attributes/header/dimensionUnits/1").asText(),
          "header/dimensionUnits gives the distance units ('m'); DASCore's pinned commit drops them (fixed by PR #1171)"),
      new Deviation("febus_2.h5", "data_units",
          j -> "dB re 1 nStrain/sqrt(Hz)",
          "units are read from the dataset name 'PSD [dB re 1 nStrain|sqrt(Hz)]' ('|' is '/' in Febus names);"
              + " DASCore hard-codes nanostrain/s whatever the dataset holds"));

  /**
   * Files Fathom cannot read yet, with the reason; the test checks that they fail with the
   * documented typed error (docs/das-formats.md, "Known limits") instead of passing silently.
   */
  static final Map<String, String> KNOWN_LIMITS = Map.of();
  private static final List<String> LIMITED = new ArrayList<>();

  @TestFactory
  Stream<DynamicTest> everyReferenceFile() throws IOException {
    Path ref = SharedData.require("reference/das");
    Path data = SharedData.require("testdata/das");
    List<Path> jsons;
    try (Stream<Path> s = Files.list(ref)) {
      jsons = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return jsons.stream().map(j -> DynamicTest.dynamicTest(j.getFileName().toString(), () -> {
      String file = j.getFileName().toString().replaceFirst("\\.json$", "");
      try {
        if (KNOWN_LIMITS.containsKey(file)) {
          DasFormatException e = org.junit.jupiter.api.Assertions.assertThrows(DasFormatException.class, () -> {
            try (DasFile f = DasFiles.open(data.resolve(file))) {
              f.read();
            }
          });
          assertTrue(e.getMessage().contains("Checksum mismatch"), e.getMessage());
          LIMITED.add(file + " (" + KNOWN_LIMITS.get(file) + ")");
          return;
        }
        check(data.resolve(file), JSON.readTree(j.toFile()));
        PASSED.add(file);
      } catch (Throwable t) {
        FAILED.add(file + ": " + t.getMessage());
        throw t;
      }
    }));
  }

  @AfterAll
  static void summary() {
    FAILED.forEach(f -> System.out.println("FAILED " + f));
    LIMITED.forEach(f -> System.out.println("DOCUMENTED LIMIT " + f));
    System.out.println("DasConformanceTest: " + PASSED.size() + " passed, " + FAILED.size() + " failed"
        + (LIMITED.isEmpty() ? "" : ", " + LIMITED.size() + " documented limit(s)"));
  }

  private static void check(Path file, JsonNode ref) {
    String name = file.getFileName().toString();
    try (DasFile f = DasFiles.open(file)) {
      assertEquals(ref.at("/format/name").asText(), f.info().format(), "format");
      assertEquals(ref.at("/format/version").asText(), f.info().version(), "version");
      assertEquals(ref.get("n_patches").asInt(), f.patchCount(), "n_patches");
      for (int i = 0; i < f.patchCount(); i++) {
        checkPatch(name, ref, ref.get("patches").get(i), f.patch(i));
      }
    }
  }

  private static void checkPatch(String file, JsonNode root, JsonNode p, DasFile f) {
    DasInfo info = f.info();
    String at = file + " patch " + p.get("index").asInt() + ": ";
    assertEquals(strings(p.get("dims")), info.dims(), at + "dims");
    assertEquals(p.get("shape").get(0).asLong(), info.shape()[0], at + "shape[0]");
    assertEquals(p.get("shape").get(1).asLong(), info.shape()[1], at + "shape[1]");
    assertEquals(p.get("dtype").asText(), info.dtype().numpyName(), at + "dtype");
    expect(file, root, "time.start", p.at("/time/start").asText(), DasTimes.format(info.startNanos()), at);
    assertEquals(p.at("/time/step_ns").asLong(), info.timeStepNanos(), at + "time step ns");
    assertEquals(p.at("/time/count").asLong(), info.nTime(), at + "time count");
    JsonNode ax = p.has("distance") ? p.get("distance") : p.get("channel");
    assertEquals(ax.get("name").asText(), info.distanceName(), at + "axis name");
    expect(file, root, "distance.start", ax.get("start").asDouble(), info.distanceStart(), at);
    close(ax.get("step").asDouble(), info.distanceStep(), at + "distance step");
    assertEquals(ax.get("count").asInt(), info.nChannels(), at + "distance count");
    expect(file, root, "distance.units", text(ax.get("units")), info.distanceUnits(), at);
    expect(file, root, "data_units", text(p.at("/data_units/dascore_value")), info.dataUnits(), at);

    Fingerprint fp = Fingerprint.of(f.read());
    JsonNode r = p.get("fingerprint");
    assertEquals(r.get("sum").asDouble(), fp.sum(), at + "sum");
    assertEquals(r.get("abs_sum").asDouble(), fp.absSum(), at + "abs_sum");
    assertEquals(r.get("min").asDouble(), fp.min(), at + "min");
    assertEquals(r.get("max").asDouble(), fp.max(), at + "max");
    assertEquals(doubles(r.get("first_row_first5")), List.of(box(fp.firstRow5())), at + "first_row_first5");
    assertEquals(doubles(r.get("last_row_first5")), List.of(box(fp.lastRow5())), at + "last_row_first5");
    assertEquals(doubles(r.get("first_col_first5")), List.of(box(fp.firstCol5())), at + "first_col_first5");
    assertEquals(r.get("data_sha256").asText(), fp.sha256(), at + "data_sha256");
  }

  /** Checks a field against DASCore's value, or against the deviation's value when listed. */
  private static void expect(String file, JsonNode root, String field, Object dascore, Object ours, String at) {
    for (Deviation d : DEVIATIONS) {
      if (d.file().equals(file) && d.field().equals(field)) {
        Object instead = d.expected().apply(root);
        if (instead instanceof Double x) close(x, (Double) ours, at + field + " (deviation: " + d.reason() + ")");
        else assertEquals(instead, ours, at + field + " (deviation: " + d.reason() + ")");
        assertNotEquals(Objects.toString(dascore), Objects.toString(ours), at + field + ": listed as a deviation but equals DASCore's");
        return;
      }
    }
    if (dascore instanceof Double x) close(x, (Double) ours, at + field);
    else assertEquals(dascore, ours, at + field);
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected)),
        what + ": expected " + expected + " but was " + actual);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static List<Double> doubles(JsonNode a) {
    List<Double> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asDouble()));
    return out;
  }

  private static Double[] box(double[] a) {
    return java.util.Arrays.stream(a).boxed().toArray(Double[]::new);
  }

  static Map<String, Deviation> byKey() {
    Map<String, Deviation> m = new java.util.LinkedHashMap<>();
    DEVIATIONS.forEach(d -> m.put(d.file() + "|" + d.field(), d));
    return m;
  }
}

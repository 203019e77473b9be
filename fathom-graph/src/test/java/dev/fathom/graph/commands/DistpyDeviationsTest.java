package dev.fathom.graph.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import dev.fathom.dsp.fk.WaveSeparation;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.DirectorySink;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.GraphExecutor;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphValidationException;
import dev.fathom.graph.GraphValidator;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NpyConversion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Fathom does instead of distpy for every case listed in DistpyParityTest.DEVIATIONS
 * (docs/distpy-compatibility.md), checked against distpy's own reference arrays where they
 * hold the intended value.
 */
class DistpyDeviationsTest {
  @TempDir Path tmp;

  private static Path ref(String rel) {
    return SharedData.require("reference/distpy/" + rel);
  }

  private Map<Integer, NdArray> run(String json, NdArray chunk, NdArray xaxis) {
    var plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse(json, "case"));
    ExecutionContext ctx = ExecutionContext.forChunk(chunk, 500, xaxis, null, 1_600_000_000L, 500, new DirectorySink(tmp));
    Map<Integer, NdArray> all = new HashMap<>();
    new GraphExecutor(plan).run(chunk, ctx, (n, r) -> all.put(n.position(), r));
    return all;
  }

  /** distpy's stored output of a case's node (files are shared between cases, so look it up). */
  private static NdArray output(String caseId, int uid) {
    try {
      JsonNode m = new ObjectMapper().readTree(ref("manifest.json").toFile());
      for (JsonNode c : m.get("cases")) {
        if (c.get("id").asText().equals(caseId)) {
          return NpyConversion.read(ref(c.get("outputs").get(Integer.toString(uid)).get("file").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no case " + caseId);
  }

  private static NdArray a() {
    return NpyConversion.read(ref("inputs/A.npy"));
  }

  private static NdArray ax() {
    return NpyConversion.read(ref("inputs/A_xaxis.npy"));
  }

  @Test
  void unknownNamesAreRejectedNotPassedThrough() { // unknown_command, hash__unregistered
    for (String name : new String[] {"no_such_command", "hash"}) {
      GraphValidationException e = assertThrows(GraphValidationException.class, () -> run(
          "{\"command_list\": [{\"name\": \"" + name + "\", \"uid\": 1, \"in_uid\": 0}]}", a(), ax()));
      assertTrue(e.getMessage().contains("unknown command '" + name + "'"), e.getMessage());
    }
  }

  @Test
  void inPlaceThresholdDoesNotLeakIntoLaterReaders() { // inplace_aliasing_order1
    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "soft_threshold", "uid": 1, "in_uid": 0, "threshold": 0.5},
                          {"name": "abs", "uid": 2, "in_uid": 0}]}""", a(), ax());
    assertEquals(output("inplace_aliasing_order1", 1), r.get(1));
    assertEquals(output("abs", 1), r.get(2)); // abs of the untouched chunk
  }

  @Test
  void dataNodePassesItsInputOn() { // data_as_node
    assertEquals(a(), run("{\"command_list\": [{\"name\": \"data\", \"uid\": 1, \"in_uid\": 0}]}", a(), ax()).get(1));
  }

  @Test
  void dataLoadResultIsTheLoadedArray() { // data_load__file
    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "abs", "uid": 1, "in_uid": 0},
          {"name": "write_npy", "uid": 2, "in_uid": 1, "directory_out": "filters"},
          {"name": "data_load", "uid": 3, "in_uid": 0, "directory_out": "filters", "filename": "1600000000.npy"}]}""",
        a(), ax());
    assertEquals(r.get(1), r.get(3));
  }

  @Test
  void multiplyAxis0ScalesRows() { // multiply__axis0_vector
    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "mean", "uid": 1, "in_uid": 0},
          {"name": "multiply", "uid": 2, "in_uid": 0, "gather_uids": [1], "axis": 0}]}""", a(), ax());
    NdArray mean = output("multiply__axis0_vector", 1);
    assertEquals(mean, r.get(1));
    NdArray chunk = a();
    for (int i = 0; i < 32; i += 7) {
      for (int j = 0; j < 500; j += 99) assertEquals(chunk.get(i, j) * mean.re(i), r.get(2).get(i, j));
    }
  }

  @Test
  void gatherKeepsOneDimensionalInputsAsColumns() { // gather__1d
    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "approx_vlf", "uid": 1, "in_uid": 0},
          {"name": "gather", "uid": 2, "in_uid": 0, "gather_uids": [1]}]}""", a(), ax());
    NdArray distpy = output("gather__1d", 2);
    NdArray vlf = output("gather__1d", 1);
    for (int i = 0; i < 32; i++) {
      for (int j = 0; j < 500; j++) assertEquals(distpy.get(i, j), r.get(2).get(i, j));
      assertEquals(0.0, distpy.get(i, 500)); // distpy: zero column
      assertEquals(vlf.re(i), r.get(2).get(i, 500), 1e-12 * 0.07); // approx_vlf: reduction class, 1e-12 of max
    }
  }

  @Test
  void columnXaxisIsFlattened() { // gradient__xaxis_column
    NdArray col = ax().reshape(32, 1);
    Map<Integer, NdArray> r = run("{\"command_list\": [{\"name\": \"gradient\", \"uid\": 1, \"in_uid\": 0}]}", a(), col);
    assertEquals(output("gradient__default", 1), r.get(1));
  }

  @Test
  void unknownMacroStepIsRejected() { // macro__custom2
    GraphValidationException e = assertThrows(GraphValidationException.class, () -> run("""
        {"command_list": [{"name": "macro", "uid": 1, "in_uid": 0,
          "command_list": [{"name": "normalize", "axis": 1}, {"name": "bogus"}]}]}""", a(), ax()));
    assertTrue(e.getMessage().contains("macro step 2: unknown step 'bogus'"), e.getMessage());
  }

  @Test
  void macroWithoutTheBogusStepGivesDistpysNumbers() { // macro__custom2 minus 'bogus'
    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "macro", "uid": 1, "in_uid": 0, "command_list": [
          {"name": "normalize", "axis": 1}, {"name": "gradient", "distance": 2, "axis": 1},
          {"name": "median_filter", "distance": 3}, {"name": "sum", "axis": 0}]}]}""", a(), ax());
    NdArray expected = output("macro__custom2", 1);
    double[] d = r.get(1).realData();
    for (int k = 0; k < d.length; k++) assertEquals(expected.re(k), d[k], 1e-12 * 10);
  }

  @Test
  void runningMeanReturnsWhatDistpyWroteIntoItsInput() { // running_mean__axis0: result None in distpy
    NdArray chunk = a();
    Map<Integer, NdArray> r = run("{\"command_list\": [{\"name\": \"running_mean\", \"uid\": 1, \"in_uid\": 0, \"window_length\": 5}]}",
        chunk, ax());
    NdArray mutated = NpyConversion.read(ref("cases/running_mean__axis0/uid0_after.npy"));
    double[] ours = r.get(1).realData();
    for (int k = 0; k < ours.length; k++) assertEquals(mutated.re(k), ours[k], 1e-14);
    assertEquals(a(), chunk); // the input is not changed
  }

  @Test
  void bandpassWorksWithAFrequencyPair() { // butter__bandpass_list
    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "butter", "uid": 1, "in_uid": 0, "type": "bandpass", "freq": [20, 100]}]}""",
        a(), ax());
    // scipy 1.17: filtfilt(*butter(5, [20/250, 100/250], 'bandpass'), A, axis=1, padtype='even')
    NdArray y = r.get(1);
    assertEquals(0.09978213005250897, y.get(0, 0), 1e-8 * 2.41); // IIR class (spec §5)
    assertEquals(-0.32715684672048756, y.get(3, 250), 1e-8 * 2.41); // IIR class (spec §5)
    assertEquals(-0.7779297029846377, y.get(31, 499), 1e-8 * 2.41); // IIR class (spec §5)
  }

  @Test
  void multipleCalcsNeedsAFunction() { // multiple_calcs__nofunc
    GraphValidationException e = assertThrows(GraphValidationException.class, () -> run("""
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0},
          {"name": "multiple_calcs", "uid": 2, "in_uid": 1, "low_freq": [0], "high_freq": [-1]}]}""", a(), ax()));
    assertEquals("case: 1 problem: node uid 2 'multiple_calcs': missing required parameter 'func' (string)", e.getMessage());
  }

  @Test
  void upAndDownWavesSplitTheFkPlane() { // down_wave
    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0}, {"name": "fft", "uid": 2, "in_uid": 1, "axis": 0},
          {"name": "up_wave", "uid": 3, "in_uid": 2}, {"name": "down_wave", "uid": 4, "in_uid": 2}]}""", a(), ax());
    NdArray distpyUp = output("up_wave", 3); // up_wave is distpy's
    for (int k = 0; k < distpyUp.size(); k += 37) assertEquals(distpyUp.re(k), r.get(3).re(k), 1e-12 * 4.4);
    double s = 1 + WaveSeparation.SMALL * (1 - WaveSeparation.SMALL);
    NdArray chunk = a();
    for (int k = 0; k < chunk.size(); k++) {
      assertEquals(s * chunk.re(k), r.get(3).re(k) + r.get(4).re(k), 1e-12 * 4.4);
      assertEquals(0.0, r.get(3).im(k) + r.get(4).im(k), 1e-12 * 4.4);
    }
  }

  @Test
  void witsmlWriterPassesItsInputOn() throws IOException { // write_witsml__noiselog
    NdArray b = NpyConversion.read(ref("inputs/B.npy"));
    var plan = new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse("""
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0}, {"name": "rms_from_fft", "uid": 2, "in_uid": 1},
          {"name": "multiple_calcs", "uid": 3, "in_uid": 1, "func": "te_from_fft", "low_freq": [10, 100, 300],
           "high_freq": [100, 300, -1]},
          {"name": "write_witsml", "uid": 4, "in_uid": 3, "directory_out": "witsml", "low_freq": [10, 100, 300],
           "high_freq": [100, 300, -1], "gather_uids": [2], "data_style": "NoiseLog"}]}""", "case"));
    ExecutionContext ctx = ExecutionContext.forChunk(b, 1000, NpyConversion.read(ref("inputs/B_xaxis.npy")), null,
        1_600_000_000L, 500, new DirectorySink(tmp));
    Map<Integer, NdArray> all = new HashMap<>();
    new GraphExecutor(plan).run(b, ctx, (n, r) -> all.put(n.position(), r));
    assertEquals(all.get(3), all.get(4));
    String fbe = java.nio.file.Files.readString(tmp.resolve("witsml/1600000000.fbe"));
    assertEquals(64, fbe.lines().filter(l -> l.contains("<data id=\"1\">")).count());
    assertTrue(fbe.contains("<mnemonic>band_01_10-100</mnemonic>"), fbe);
  }

  /** Sum of squared distances of the samples (rows of x) to their cluster means. */
  private static double inertia(double[][] x, NdArray labels) {
    Map<Double, double[]> sums = new HashMap<>();
    Map<Double, Integer> counts = new HashMap<>();
    for (int i = 0; i < x.length; i++) {
      double[] s = sums.computeIfAbsent(labels.re(i), l -> new double[x[0].length]);
      for (int d = 0; d < s.length; d++) s[d] += x[i][d];
      counts.merge(labels.re(i), 1, Integer::sum);
    }
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double[] s = sums.get(labels.re(i));
      int n = counts.get(labels.re(i));
      for (int d = 0; d < s.length; d++) total += Math.pow(x[i][d] - s[d] / n, 2);
    }
    return total;
  }

  @Test
  void kmeansIsFathomDspsKMeansAndPartitionsLikeSklearn() { // kmeans__single, kmeans__gather
    // the kernel's tolerances (fathom-dsp cluster/KMeansTest, which also checks the adjusted Rand
    // index with sklearn's labels on these same features): the command must be that kernel on
    // distpy's features, seeded with KMeans.SEED
    NdArray single = run("{\"command_list\": [{\"name\": \"kmeans\", \"uid\": 1, \"in_uid\": 0, \"n_clusters\": 3}]}",
        a(), ax()).get(1);
    assertEquals(dev.fathom.graph.DType.INT32, single.dtype());
    double[][] rows = a().toRows();
    assertEquals(flat(dev.fathom.dsp.cluster.KMeans.fit(rows, 3, KMeans.SEED, 1).labels()), single);
    // noise has many local optima: within 1% of sklearn's inertia (its best of 10 starts; seed 0: +0.29%)
    double ratio = inertia(rows, single) / inertia(rows, output("kmeans__single", 1));
    assertTrue(ratio < 1.01, "inertia / sklearn's = " + ratio);

    Map<Integer, NdArray> r = run("""
        {"command_list": [{"name": "abs", "uid": 1, "in_uid": 0},
          {"name": "kmeans", "uid": 2, "in_uid": 0, "gather_uids": [1], "n_clusters": 4}]}""", a(), ax());
    NdArray g = r.get(1);
    double[][] pixels = new double[g.size()][];
    for (int k = 0; k < pixels.length; k++) pixels[k] = new double[] {g.re(k), a().re(k)};
    NdArray labels = r.get(2);
    assertEquals(flat(dev.fathom.dsp.cluster.KMeans.fit(pixels, 4, KMeans.SEED, 1).labels()).reshape(32, 500), labels);
    ratio = inertia(pixels, labels) / inertia(pixels, output("kmeans__gather", 2));
    assertTrue(ratio <= 1 + 1e-3, "inertia / sklearn's = " + ratio); // both stop at the tolerance: +1.0e-4
  }

  private static NdArray flat(int[] labels) {
    double[] v = new double[labels.length];
    for (int i = 0; i < v.length; i++) v[i] = labels[i];
    return NdArray.wrap(dev.fathom.graph.DType.INT32, new int[] {v.length}, v);
  }
}

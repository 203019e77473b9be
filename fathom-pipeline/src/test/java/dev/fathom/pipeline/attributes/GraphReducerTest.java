package dev.fathom.pipeline.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.FathomException;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.codec.SampleFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphReducerTest {
  static final String MEAN_ABS = """
      {"command_list": [{"name": "abs", "uid": 1, "in_uid": 0},
                        {"name": "mean", "uid": 2, "in_uid": 1, "axis": 1}]}""";
  static final String BANDS = """
      {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0},
                        {"name": "multiple_calcs", "uid": 2, "in_uid": 1, "func": "rms_from_fft",
                         "low_freq": [5, 40], "high_freq": [40, -1]}]}""";

  @TempDir Path dir;

  AttributeTable run(Path p, String graph, int bundles) {
    try (SegyFile f = SegyFile.open(p.toString())) {
      GraphReducer g = GraphReducer.create(graph, "test.json", f.samples(), 1e6 / f.layout().intervalUs());
      AttributesJob job = AttributesJob.create(p.toString(), f, g, bundles);
      return AttributeTable.of(g.columns(), new LocalRunner(2).run(job, RunListener.NONE));
    }
  }

  @Test
  void aMeanOfAbsGraphGivesTheMeanAbsOfEveryTrace() {
    Path p = SynthSurveys.write(dir, SampleFormat.IEEE_FLOAT32, 4, 6, 200, 2);
    AttributeTable t = run(p, MEAN_ABS, 3);
    assertEquals(List.of("mean_0"), t.valueColumns());
    try (SegyFile f = SegyFile.open(p.toString())) {
      for (int r = 0; r < t.rows(); r++) {
        double ref = SynthSurveys.meanAbs(f, r);
        assertEquals(ref, t.value(0, r), 1e-6 * ref, "trace " + r); // numpy float32 semantics
      }
    }
    assertTrue(t.dead(2));
    assertEquals(t, run(p, MEAN_ABS, 7)); // a per-trace graph does not depend on the bundles
  }

  @Test
  void aGraphWithSeveralValuesPerTraceGivesOneColumnEach() {
    Path p = SynthSurveys.write(dir, SampleFormat.IBM_FLOAT32, 3, 5, 256);
    AttributeTable a = run(p, BANDS, 4);
    assertEquals(List.of("multiple_calcs_0", "multiple_calcs_1"), a.valueColumns());
    assertEquals(a, run(p, BANDS, 4));
    assertTrue(a.value(0, 0) > 0 && a.value(1, 0) > 0);
  }

  @Test
  void aGraphThatDoesNotReduceTracesIsRefusedNamingTheShape() {
    FathomException e = assertThrows(FathomException.class, () -> GraphReducer.create(
        "{\"command_list\": [{\"name\": \"abs\", \"uid\": 1, \"in_uid\": 0}]}", "g.json", 300, 500));
    assertTrue(e.getMessage().contains("g.json") && e.getMessage().contains("(4, 300)"), e.getMessage());
  }
}

package dev.fathom.pipeline.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.SharedData;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.ingest.IngestJob;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * distpy's reference pipeline (manifest case pipeline_segy_noiselog_witsml) with its own config
 * files: SEG-Y → 1-s chunks → noise-log graph → one WITSML file per chunk, compared with the
 * files distpy wrote (text identical, numbers within the graph parity tolerance).
 */
class PipelineReferenceTest {
  @TempDir Path root;

  static JsonNode pipelineCase() throws IOException {
    Path manifest = SharedData.require("reference/distpy/manifest.json");
    for (JsonNode c : new ObjectMapper().readTree(manifest.toFile()).path("cases")) {
      if (c.path("id").asText().equals("pipeline_segy_noiselog_witsml")) return c;
    }
    throw new AssertionError("no pipeline case in the manifest");
  }

  /** Writes the case's configs with {@code <root>} replaced, and the SEG-Y in the archive. */
  static void layOut(JsonNode c, Path root) throws IOException {
    Path ref = SharedData.require("reference/distpy");
    Files.createDirectories(root.resolve("config"));
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("configs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Files.writeString(root.resolve("config").resolve(e.getKey()), e.getValue().toString().replace("<root>", root.toString()));
    }
    Path sgy = Files.createDirectories(root.resolve("archive/refprj/sgy"));
    Files.copy(ref.resolve(c.path("segy_file").asText()), sgy.resolve("synthetic_ieee.sgy"));
  }

  @Test
  void segyToWitsmlMatchesDistpy() throws IOException {
    JsonNode c = pipelineCase();
    layOut(c, root);
    SystemConfig ingest = SystemConfig.read(root.resolve("config/sgyConfig.json"));
    List<UnitResult<IngestJob.Result>> ir = new LocalRunner(1).run(
        new IngestJob(ingest.inpath(), ingest.outpath(), 1, NpyDtype.FLOAT64, false), RunListener.NONE);
    assertTrue(ir.get(0).ok(), ir.get(0).error());

    SystemConfig process = SystemConfig.read(root.resolve("config/strainrate2fbeConfig.json"));
    ProcessJob job = new ProcessJob(process, 1, false);
    List<UnitResult<ProcessJob.Result>> pr = new LocalRunner(process.ncpu()).run(job, RunListener.NONE);
    assertEquals(3, pr.size());
    for (UnitResult<ProcessJob.Result> r : pr) assertTrue(r.ok(), r.error());

    Path expected = SharedData.require("reference/distpy/pipeline/home/refprj/witsml/NoiseLog");
    for (String t : List.of("1600000000", "1600000001", "1600000002")) {
      WitsmlText.assertSame(expected.resolve(t + ".fbe"), process.outpath().resolve("NoiseLog/" + t + ".fbe"), 1e-9);
    }
    // the rerun skips all three chunks and leaves the files as they were
    List<UnitResult<ProcessJob.Result>> again = new LocalRunner(2).run(new ProcessJob(process, 1, false), RunListener.NONE);
    assertTrue(again.stream().allMatch(r -> r.ok() && r.value().skipped()));
  }
}

package dev.fathom.pipeline.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fathom.core.AtomicFiles;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The report of one run ({@code run.json}): what ran (job, engine, settings, versions), when, and
 * every unit's status ({@code ok}, {@code skipped}, {@code failed} with its error) and time.
 * Written atomically.
 */
public final class RunReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReport() {}

  /** Counts of a run's units. */
  public record Counts(int total, int ok, int skipped, int failed) {}

  /**
   * Counts results; {@code skipped} says which successful results were skips.
   */
  public static <R extends Serializable> Counts count(List<UnitResult<R>> results, Function<R, Boolean> skipped) {
    int ok = 0;
    int skip = 0;
    int failed = 0;
    for (UnitResult<R> r : results) {
      if (!r.ok()) failed++;
      else if (Boolean.TRUE.equals(skipped.apply(r.value()))) skip++;
      else ok++;
    }
    return new Counts(results.size(), ok, skip, failed);
  }

  /**
   * Writes the report.
   *
   * @param file where ({@code <outpath>/run.json})
   * @param job the job's name
   * @param engine {@link Runner#engine()}
   * @param settings the job's settings (config, graph, hash)
   * @param started when the run began
   * @param results every unit's result
   * @param detail per-unit extra fields from a successful result (outputs, counts), may add nothing
   */
  public static <R extends Serializable> void write(
      Path file, String job, String engine, ObjectNode settings, Instant started,
      List<UnitResult<R>> results, Function<R, Boolean> skipped, java.util.function.BiConsumer<R, ObjectNode> detail) {
    ObjectNode root = JSON.createObjectNode();
    root.put("job", job);
    root.put("engine", engine);
    String version = RunReport.class.getPackage().getImplementationVersion();
    root.put("fathom_version", version == null ? "dev" : version);
    root.put("java", System.getProperty("java.version"));
    root.put("started", started.toString());
    Instant end = Instant.now();
    root.put("finished", end.toString());
    root.put("seconds", (end.toEpochMilli() - started.toEpochMilli()) / 1000.0);
    root.set("settings", settings);
    Counts c = count(results, skipped);
    ObjectNode counts = root.putObject("units");
    counts.put("total", c.total());
    counts.put("ok", c.ok());
    counts.put("skipped", c.skipped());
    counts.put("failed", c.failed());
    ArrayNode list = root.putArray("per_unit");
    for (UnitResult<R> r : results) {
      ObjectNode u = list.addObject();
      u.put("unit", r.label());
      u.put("status", !r.ok() ? "failed" : Boolean.TRUE.equals(skipped.apply(r.value())) ? "skipped" : "ok");
      u.put("seconds", Math.round(r.seconds() * 1e4) / 1e4);
      if (!r.ok()) u.put("error", r.error());
      else detail.accept(r.value(), u);
    }
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    AtomicFiles.write(file, bytes);
  }
}

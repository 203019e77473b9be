package dev.fathom.cli.attributes;

import dev.fathom.cli.EngineOptions.Engine;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.graph.GraphParser;
import dev.fathom.pipeline.attributes.Attribute;
import dev.fathom.pipeline.attributes.AttributeTable;
import dev.fathom.pipeline.attributes.AttributesJob;
import dev.fathom.pipeline.attributes.GraphReducer;
import dev.fathom.pipeline.attributes.StatsReducer;
import dev.fathom.pipeline.attributes.TraceReducer;
import dev.fathom.pipeline.attributes.TraceRows;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.UnitResult;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One attributes run as the command line and the benchmark do it: probe the source on this
 * machine, plan bundles, run them on an engine, join the table.
 */
public final class AttributesRun {
  private AttributesRun() {}

  /** What became of a run: the table (null when a unit failed) and every unit's result. */
  public record Outcome(AttributesJob job, List<UnitResult<TraceRows>> results, AttributeTable table, String engine,
      double seconds) {
    public List<UnitResult<TraceRows>> failures() {
      return results.stream().filter(r -> !r.ok()).toList();
    }

    /** Bytes of trace data read (all bundles). */
    public long bytes() {
      return job.plan().stream().mapToLong(job::inputBytes).sum();
    }
  }

  /**
   * The reducer: statistics {@code attributes}, or the graph in file {@code graph} when given.
   *
   * @throws FathomException for unknown attributes or a bad graph
   */
  public static TraceReducer reducer(String attributes, Path graph, SegyFile file) {
    if (graph == null) return new StatsReducer(Attribute.parse(attributes));
    String json;
    try {
      json = Files.readString(graph);
    } catch (IOException e) {
      GraphParser.read(graph); // throws the graph module's one-line error for a missing file
      throw new InvalidDataException(graph.toString(), FathomException.NO_OFFSET, "cannot read: " + e);
    }
    return GraphReducer.create(json, graph.toString(), file.samples(), 1e6 / file.layout().intervalUs());
  }

  /**
   * A job over {@code source}; {@code bundles} null for the default, which depends on the engine
   * ({@link AttributesJob#TARGET_BUNDLE_BYTES} per bundle locally, {@link
   * AttributesJob#SPARK_BUNDLE_BYTES} per Spark task) and on {@code parallelism} (threads, or task
   * slots). A local path is made absolute (workers of a cluster run in folders of their own).
   */
  public static AttributesJob job(String source, SegyOptions options, String attributes, Path graph, Integer bundles,
      Engine engine, int parallelism) {
    if (!source.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) source = Path.of(source).toAbsolutePath().toString();
    try (SegyFile f = SegyFile.open(source, options)) {
      int n = bundles != null ? bundles : AttributesJob.defaultBundles(f.source().size(), parallelism,
          engine == Engine.spark ? AttributesJob.SPARK_BUNDLE_BYTES : AttributesJob.TARGET_BUNDLE_BYTES);
      return AttributesJob.create(source, f, reducer(attributes, graph, f), n);
    }
  }

  /** Runs {@code job} on {@code runner}. */
  public static Outcome run(AttributesJob job, Runner runner, RunListener listener) {
    long t0 = System.nanoTime();
    List<UnitResult<TraceRows>> results = runner.run(job, listener);
    double s = (System.nanoTime() - t0) / 1e9;
    boolean ok = results.stream().allMatch(UnitResult::ok);
    AttributeTable t = ok ? AttributeTable.of(job.reducer().columns(), results) : null;
    return new Outcome(job, results, t, runner.engine(), s);
  }
}

package dev.fathom.cli;

import dev.fathom.cli.attributes.AttributesRun;
import dev.fathom.cli.EngineOptions.Engine;
import dev.fathom.cli.attributes.AttributesRun.Outcome;
import dev.fathom.cli.attributes.MapOutput;
import dev.fathom.cli.attributes.ProgressListener;
import dev.fathom.cli.segy.ProbeOptions;
import dev.fathom.pipeline.attributes.AttributesJob;
import dev.fathom.pipeline.attributes.TableFormat;
import dev.fathom.pipeline.attributes.TableOutput;
import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.UnitResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fathom attributes}: per-trace attributes of a SEG-Y file, locally or on Spark. */
@Command(
    name = "attributes",
    mixinStandardHelpOptions = true,
    description = {
      "Per-trace attributes of a SEG-Y/SU file, locally or on Spark.",
      "",
      "Per-trace attributes of a SEG-Y/SU file (a path, http(s):// or s3:// URL), read in byte ranges of whole",
      "traces (bundles) by worker threads or Spark tasks, without copying the file. One row per trace, in trace",
      "order: trace, inline, crossline, cdp_x, cdp_y (coordinate scalar applied), dead (all samples zero), then",
      "the attributes: mean_abs = sum(|x|)/n over the float32-decoded samples, in double; rms, min, max, energy",
      "(sum of squares), mean, std, peak_abs, zero_crossing_rate. Or --graph: a distpy graph run on each bundle",
      "as a (traces, samples) block whose last node gives one or a few values per trace.",
      "Exit 0 when every bundle succeeded, 1 when one failed (nothing written), 2 on bad input."
    })
public final class AttributesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SRC", description = "SEG-Y/SU path or URL (http(s)://, s3://).")
  String source;

  @Option(names = "--attributes", defaultValue = "mean_abs,rms,min,max,energy", paramLabel = "LIST",
      description = "Comma-separated attributes (default ${DEFAULT-VALUE}).")
  String attributes;

  @Option(names = "--graph", paramLabel = "GRAPH", description = "A distpy graph JSON to run per bundle instead of --attributes.")
  Path graph;

  @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output table: OUT.parquet or OUT.csv (written atomically).")
  String out;

  @Option(names = "--map", paramLabel = "MAP.png", description = "Also draw a map of one attribute over CDP X/Y (PNG).")
  Path map;

  @Option(names = "--map-attribute", paramLabel = "NAME", description = "The column the map shows (default: the first attribute).")
  String mapAttribute;

  @Mixin EngineOptions engineOptions;

  @Option(names = "--bundles", paramLabel = "N", description = "Number of bundles (units of work; default: ~64 MB each locally, ~256 MB each on Spark, at least 4 per thread).")
  Integer bundles;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Worker threads of the local engine (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Mixin ProbeOptions probe;

  @Mixin Verbosity verbosity;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR"); // parquet-java logs through SLF4J; no provider here
    }
    TableFormat.forName(out);
    Engine engine = engineOptions.engine();
    AttributesJob job = AttributesRun.job(source, probe.toOptions(), attributes, graph, bundles, engine,
        engine == Engine.local ? threads : 8);
    Runner runner = engineOptions.runner(threads);
    Outcome o;
    try (ProgressListener progress = new ProgressListener("attributes", quiet)) {
      o = AttributesRun.run(job, runner, progress);
    } finally {
      EngineOptions.close(runner);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (o.table() == null) {
      for (UnitResult<?> f : o.failures()) err.println("fathom: error: " + f.label() + ": " + f.error());
      err.println("fathom: " + o.failures().size() + " of " + o.results().size() + " bundles failed; nothing written");
      err.flush();
      return 1;
    }
    TableOutput.write(o.table(), out);
    if (map != null) MapOutput.write(o.table(), mapAttribute, source, map);
    spec.commandLine().getOut().printf("%s: %d traces (%d dead), %d columns, %d bundles on %s in %.1f s (%.0f MB/s)%n",
        out, o.table().rows(), o.table().deadCount(), o.table().columns().size(), o.results().size(), o.engine(),
        o.seconds(), o.bytes() / 1e6 / o.seconds());
    return 0;
  }
}

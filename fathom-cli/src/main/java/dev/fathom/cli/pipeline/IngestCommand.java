package dev.fathom.cli.pipeline;

import dev.fathom.cli.Main;
import dev.fathom.cli.Verbosity;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.ingest.IngestJob;
import dev.fathom.cli.EngineOptions;
import dev.fathom.pipeline.run.RunReport;
import dev.fathom.pipeline.run.UnitResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom ingest CONFIG}: an archive of recordings into 1-second chunks. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Cut an archive of recordings into 1-second chunks.",
      "",
      "Cut every recording under in_drive/project/data (SEG-Y, any depth) into chunks of",
      "--chunk-seconds (.npy (channels, samples), named by the UTC unix time of their first sample)",
      "in out_drive/project/results, with measured_depth.npy. Files run in parallel (ncpu when",
      "parallel_flag is set); chunks that exist are kept (--force rewrites); a partial last second",
      "is kept; gaps and overlaps between files are reported. Report: <results>/ingest.json.",
      "--engine spark runs one file per Spark task; input and output folders must then be",
      "shared storage that every executor sees at the same path."
    })
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CONFIG", description = "distpy system config (JSON), e.g. sgyConfig.json.")
  Path config;

  @Option(names = "--chunk-seconds", defaultValue = "1", description = "Chunk length in whole seconds (default ${DEFAULT-VALUE}).")
  int chunkSeconds;

  @Option(names = "--dtype", defaultValue = "float64", description = "Chunk sample type: float64 (distpy's) or float32 (half the disk). Default ${DEFAULT-VALUE}.")
  String dtype;

  @Option(names = "--threads", description = "Files in parallel (default: ncpu from the config when parallel_flag is set, else 1).")
  Integer threads;

  @Option(names = "--force", description = "Rewrite chunks that already exist.")
  boolean force;

  @Mixin EngineOptions engine;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    SystemConfig cfg = SystemConfigs.read(config);
    NpyDtype type = switch (dtype.toLowerCase(java.util.Locale.ROOT)) {
      case "float64", "f8", "double" -> NpyDtype.FLOAT64;
      case "float32", "f4", "float" -> NpyDtype.FLOAT32;
      default -> throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--dtype must be float64 or float32, got " + dtype);
    };
    if (chunkSeconds < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--chunk-seconds must be at least 1");
    }
    int n = threads != null ? threads : cfg.ncpu();
    IngestJob job = new IngestJob(cfg.inpath(), cfg.outpath(), chunkSeconds, type, force);
    ProgressListener.Ran<IngestJob.Result> ran = ProgressListener.run(engine, Math.max(1, n), job);
    List<UnitResult<IngestJob.Result>> results = ran.results();
    job.notes().forEach(w -> System.err.println("fathom: note: " + w));
    var settings = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    settings.put("config", cfg.file());
    settings.put("input", cfg.inpath().toString());
    settings.put("output", cfg.outpath().toString());
    settings.put("chunk_seconds", chunkSeconds);
    settings.put("dtype", type.toString());
    settings.putArray("notes").addAll(job.notes().stream().map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
    RunReport.write(cfg.outpath().resolve("ingest.json"), "ingest", ran.engine(), settings, ran.started(), results,
        r -> r.written() == 0, (r, o) -> {
          o.put("chunks_written", r.written());
          o.put("chunks_skipped", r.skipped());
          if (!r.notes().isEmpty()) o.putArray("notes").addAll(r.notes().stream().map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
        });
    int written = 0;
    int skipped = 0;
    int failed = 0;
    for (UnitResult<IngestJob.Result> r : results) {
      if (!r.ok()) {
        failed++;
        continue;
      }
      written += r.value().written();
      skipped += r.value().skipped();
      if (verbosity.verbose()) r.value().notes().forEach(w -> System.err.println("fathom: note: " + w));
    }
    System.out.printf("ingest: %d files, %d chunks written, %d already there, %d files failed -> %s%n",
        results.size(), written, skipped, failed, cfg.outpath());
    return failed == 0 ? 0 : Main.EXIT_PARTIAL_FAILURE;
  }
}

package dev.fathom.cli.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fathom.cli.Main;
import dev.fathom.cli.Verbosity;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.process.ProcessJob;
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

/** {@code fathom process CONFIG}: every chunk through the graph. */
@Command(
    name = "process",
    mixinStandardHelpOptions = true,
    description = {
      "Run a graph on every chunk, in parallel, resumably.",
      "",
      "Run the graph named by the config's \"config\" key on every chunk of in_drive/project/data,",
      "ncpu chunks at a time (parallel_flag), writers writing under out_drive/project/results as",
      "distpy does (<directory_out>/<unixtime>.npy|.fbe|.png), each file atomically. Chunks whose",
      "outputs exist from an earlier run of the same graph are skipped (--force recomputes), so a",
      "rerun after a crash finishes the job. A failing chunk does not stop the others; the exit",
      "code is then 1. Report: <results>/run.json. --engine spark runs one chunk per Spark task;",
      "the folders must then be shared storage that every executor sees at the same path."
    })
public final class ProcessCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CONFIG", description = "distpy system config (JSON), e.g. strainrate2fbeConfig.json.")
  Path config;

  @Option(names = "--threads", description = "Chunks in parallel (default: ncpu from the config when parallel_flag is set, else 1).")
  Integer threads;

  @Option(names = "--force", description = "Recompute chunks whose outputs exist.")
  boolean force;

  @Mixin EngineOptions engine;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    SystemConfig cfg = SystemConfigs.read(config);
    int n = Math.max(1, threads != null ? threads : cfg.ncpu());
    // a Spark task has one core (spark.task.cpus): one thread per chunk there
    ProcessJob job = new ProcessJob(cfg, engine.engine() == EngineOptions.Engine.spark ? 1 : Threads.perUnit(n), force);
    ProgressListener.Ran<ProcessJob.Result> ran = ProgressListener.run(engine, n, job);
    List<UnitResult<ProcessJob.Result>> results = ran.results();
    var settings = job.describeSettings(new ObjectMapper());
    settings.put("config", cfg.file());
    RunReport.write(cfg.outpath().resolve("run.json"), "process", ran.engine(), settings, ran.started(), results,
        ProcessJob.Result::skipped, (r, o) -> {
          o.putArray("outputs").addAll(r.outputs().stream().map(TextNode::valueOf).toList());
          if (!r.notes().isEmpty()) o.putArray("notes").addAll(r.notes().stream().map(TextNode::valueOf).toList());
        });
    RunReport.Counts c = RunReport.count(results, ProcessJob.Result::skipped);
    if (verbosity.verbose()) {
      results.stream().filter(UnitResult::ok).flatMap(r -> r.value().notes().stream())
          .forEach(w -> System.err.println("fathom: note: " + w));
    }
    System.out.printf("process: %d chunks: %d processed, %d already done, %d failed -> %s (report: run.json)%n",
        c.total(), c.ok(), c.skipped(), c.failed(), cfg.outpath());
    return c.failed() == 0 ? 0 : Main.EXIT_PARTIAL_FAILURE;
  }
}

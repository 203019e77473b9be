package dev.fathom.cli.pipeline;

import dev.fathom.cli.Main;
import dev.fathom.cli.Verbosity;

import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import dev.fathom.pipeline.collect.CollectReport;
import dev.fathom.pipeline.collect.Collector;
import dev.fathom.pipeline.collect.FolderReport;
import dev.fathom.pipeline.collect.Gap;
import dev.fathom.pipeline.collect.TimeIssue;
import dev.fathom.pipeline.config.SystemConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code fathom collect CONFIG}: distpy's second ingest ({@code parallel_ingest_witsml}) with its
 * defects fixed; see {@link Collector} and docs/collect.md.
 */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    description = {
      "Gather per-chunk results into long depth x time series (distpy's second ingest).",
      "",
      "Gather per-chunk results (<unixtime>.fbe/.dts/.xml/.witsml from write_witsml, or <unixtime>.npy",
      "from write_npy) into long time series: for every folder under the config's inpath,",
      "<outpath>/<folder>/<curve>/<t0>.npy float64 (depths x times) in groups of BOX_SIZE columns",
      "(default 400), with time_<t0>.npy, time.npy (unix seconds, UTC) and measured_depth.npy.",
      "Missing chunks become NaN columns and are reported as gaps; duplicates and overlaps are reported.",
      "Folders are collected in parallel when parallel_flag is set (ncpu threads).",
      "Exit code 0 when every folder was collected, 1 when any failed (each failure on one line)."
    })
public final class CollectCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CONFIG", description = "distpy system config (JSON): in_drive/out_drive/project/data/results or in_directory/out_directory, BOX_SIZE, parallel_flag, ncpu.")
  Path config;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    SystemConfig cfg = SystemConfigs.read(config);
    PrintStream out = System.out;
    PrintStream err = System.err;
    CollectReport report;
    try (ProgressListener listener = new ProgressListener(System.err)) {
      report = Collector.run(cfg, listener);
    }
    if (report.folders().isEmpty()) {
      throw new SourceAccessException(cfg.inpath().toString(), FathomException.NO_OFFSET,
          "no chunk files (<unixtime>.fbe, .dts, .xml, .witsml or .npy) in this folder or below it");
    }
    for (FolderReport f : report.collected()) {
      out.printf("%s: %d files -> %d curve%s x %d depths x %d columns (cadence %d s) in %d group%s: %s%n",
          f.out(), f.files(), f.curves().size(), f.curves().size() == 1 ? "" : "s", f.nx(), f.columns(), f.cadence(),
          f.groups().size(), f.groups().size() == 1 ? "" : "s", String.join(", ", f.curves()));
      if (verbosity.verbose()) f.written().forEach(w -> out.println("  wrote " + w));
    }
    for (Gap g : report.gaps()) out.println("gap: " + g.describe());
    for (TimeIssue i : report.issues()) out.println("warning: " + i.describe());
    if (verbosity.verbose()) report.ignored().forEach(i -> err.println("fathom: note: " + i));
    else if (!report.ignored().isEmpty()) err.println("fathom: note: " + report.ignored().size() + " other files ignored (--verbose lists them)");
    out.flush();
    err.flush();
    return report.ok() ? 0 : Main.EXIT_PARTIAL_FAILURE;
  }
}

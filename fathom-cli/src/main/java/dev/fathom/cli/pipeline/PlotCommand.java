package dev.fathom.cli.pipeline;

import dev.fathom.cli.Verbosity;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.plot.spec.PlotsConfig;
import dev.fathom.plot.worker.PlotWorker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code fathom plot CONFIG}: distpy's plot worker (well_log, stack, rgb) as PNGs. */
@Command(
    name = "plot",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a distpy plots config: well_log, stack and rgb PNGs.",
      "",
      "Draw the plots of a distpy plots config (the system config's \"config\" key): well_log, stack",
      "and rgb pictures of collected series (data files, time_reference and depth_reference relative",
      "to in_drive/project/data), written as <out_drive>/<project>/<results>/<out_plot>.png.",
      "See docs/plots.md."
    })
public final class PlotCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CONFIG", description = "distpy system config (JSON) whose \"config\" is a plots config.")
  Path config;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    SystemConfig cfg = SystemConfigs.read(config);
    PlotsConfig spec = PlotsConfig.read(cfg.requireConfig("plots config"));
    spec.warnings().forEach(w -> System.err.println("fathom: warning: " + w));
    List<Path> written = PlotWorker.render(cfg.inpath(), cfg.outpath(), spec);
    for (Path p : written) System.out.println("plot: wrote " + p);
    return 0;
  }
}

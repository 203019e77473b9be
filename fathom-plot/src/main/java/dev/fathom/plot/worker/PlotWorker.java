package dev.fathom.plot.worker;

import dev.fathom.core.FathomException;
import dev.fathom.core.SinkAccessException;
import dev.fathom.plot.spec.PlotSpec;
import dev.fathom.plot.spec.PlotsConfig;
import dev.fathom.plot.spec.Zone;
import dev.fathom.plot.spec.ZonesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * distpy's plot worker ({@code workers.plotgenerator}, specs/distpy.md §3.10): draws every plot of
 * a {@link PlotsConfig} from the .npy files of one input folder and writes
 * {@code <dirOut>/<out_plot>.png}, each atomically.
 */
public final class PlotWorker {
  private PlotWorker() {}

  /**
   * Renders all plots of {@code spec}.
   *
   * @param dirIn folder of the time and depth references and the band files named in the config
   *     (relative names resolve against it)
   * @param dirOut folder the pictures go to (created when missing)
   * @return the files written, in the config's order
   * @throws dev.fathom.core.FathomException for a missing or malformed input file (named), or an
   *     output that cannot be written
   */
  public static List<Path> render(Path dirIn, Path dirOut, PlotsConfig spec) {
    LogFrame frame = frame(dirIn, spec);
    try {
      Files.createDirectories(dirOut);
    } catch (IOException e) {
      throw new SinkAccessException(dirOut.toString(), FathomException.NO_OFFSET, "cannot create the output folder: " + e, e);
    }
    List<Path> written = new ArrayList<>();
    for (PlotSpec plot : spec.plots()) {
      Path out = dirOut.resolve(plot.outPlot() + ".png");
      draw(frame, plot).canvas().writePng(out);
      written.add(out);
    }
    return written;
  }

  /** Draws one plot. */
  static Picture draw(LogFrame frame, PlotSpec plot) {
    return switch (plot.type()) {
      case WELL_LOG -> WellLogPicture.draw(frame, plot);
      case STACK -> StackPicture.draw(frame, plot);
      case RGB -> RgbPicture.draw(frame, plot);
    };
  }

  /** The frame (inputs loaded, zones read) that {@link #render} draws with. */
  static LogFrame frame(Path dirIn, PlotsConfig spec) {
    LogData data = LogData.load(dirIn, spec);
    List<Zone> zones = spec.wellSegments() == null ? List.of() : ZonesFile.read(spec.wellSegments(), spec.depthUnit());
    return new LogFrame(data, spec, zones);
  }
}

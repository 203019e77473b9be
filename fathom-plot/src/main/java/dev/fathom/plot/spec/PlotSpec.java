package dev.fathom.plot.spec;

import java.util.List;

/**
 * One picture of the plot worker (an entry of {@code plots}).
 *
 * @param type {@code plot_type}
 * @param outPlot {@code out_plot}: the picture is written as {@code <out_plot>.png}
 * @param panels {@code plot_list}
 */
public record PlotSpec(PlotType type, String outPlot, List<Panel> panels) {
  public PlotSpec {
    panels = List.copyOf(panels);
  }
}

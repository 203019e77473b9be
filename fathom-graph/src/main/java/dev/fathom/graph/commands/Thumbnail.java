package dev.fathom.graph.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import dev.fathom.plot.Colormap;
import dev.fathom.plot.PlotStyle;
import dev.fathom.plot.Scatter;
import dev.fathom.plot.Waterfall;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * distpy {@code thumbnail} (plt_command_set.ThumbnailCommand → io_helpers.thumbnail_plot,
 * specs/distpy.md §3.10): passes its input on and writes a picture
 * {@code <directory_out>/<date_dir>.<format>}: a waterfall (depth down, time right, extent from
 * the first/last xaxis and taxis values), colours between {@code mean ∓ clip_level·std}, a
 * colour bar and the chunk time as title ({@code plot_style} imshow; contourf = 30 colour
 * levels; scatter = input against the first gathered array, coloured by the second). distpy
 * draws a 1-D input but never saves it; here it is drawn as one column and saved.
 */
final class Thumbnail extends AbstractCommand {
  private static final DateTimeFormatter TITLE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  Thumbnail() {
    super("thumbnail", "pass-through; writes a waterfall picture <directory_out>/<chunk time>.<format>",
        GatherUse.OPTIONAL,
        ParamSpec.optional("directory_out", ParamType.STRING, "NONE", "sub-folder of the output; NONE writes nothing"),
        ParamSpec.choice("format", "image format", "png", "jpg", "jpeg"),
        ParamSpec.optional("clip_level", ParamType.NUMBER, 1.0, "colour range mean -/+ clip_level standard deviations"),
        ParamSpec.choice("cmap", "colour map", Colormap.names()),
        ParamSpec.optional("axes", ParamType.JSON, List.of("depth (m)", "time (s)"), "[depth label, time label]"),
        ParamSpec.optional("invert_depth", ParamType.BOOLEAN, false, "draw depth upwards (0/1)"),
        ParamSpec.optional("figure_size", ParamType.NUMBER_LIST, List.of(8, 6), "[width, height] in inches"),
        ParamSpec.optional("dpi", ParamType.INT, 300, "pixels per inch").atLeast(10),
        ParamSpec.choice("plot_style", "imshow (waterfall), contourf (30 levels) or scatter (in vs gathered)",
            "imshow", "contourf", "scatter"));
  }

  @Override
  public void check(Params p, List<String> problems) {
    JsonNode axes = p.getJson("axes");
    if (!axes.isArray() || axes.size() != 2 || !axes.get(0).isTextual() || !axes.get(1).isTextual()) {
      problems.add("axes must be a list of two labels, got " + axes);
    }
    double[] size = p.getDoubles("figure_size");
    if (size.length != 2 || !(size[0] > 0) || !(size[1] > 0)) problems.add("figure_size must be [width, height] > 0");
    if (p.getInt("dpi") > 1200) problems.add("dpi must be at most 1200");
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    String dir = p.getString("directory_out");
    if (dir.equals("NONE")) return in.primary();
    NdArray a = Inputs.requireReal(in.primary(), name());
    double[] data = a.realData();
    double[] ms = meanStd(data);
    double clip = p.getDouble("clip_level");
    double[] size = p.getDoubles("figure_size");
    int dpi = p.getInt("dpi");
    String style = p.getString("plot_style");
    PlotStyle s = new PlotStyle(Colormap.byName(p.getString("cmap")), ms[0] - clip * ms[1], ms[0] + clip * ms[1],
        p.getJson("axes").get(0).asText(), p.getJson("axes").get(1).asText(),
        TITLE.format(Instant.ofEpochSecond(ctx.t0())) + " (" + ctx.dateDir() + ")",
        (int) Math.round(size[0] * dpi), (int) Math.round(size[1] * dpi), p.getBoolean("invert_depth"),
        style.equals("contourf") ? 30 : 0);
    String format = p.getString("format").equals("jpeg") ? "jpg" : p.getString("format");
    byte[] picture;
    if (style.equals("scatter")) {
      NdArray y = in.first();
      NdArray c = in.gathered().size() > 1 ? in.gathered().get(1) : null;
      if (y.size() != a.size() || c != null && c.size() != a.size()) {
        throw new CommandException("scatter needs gathered arrays of " + a.size() + " values");
      }
      double[] colour = c == null ? data : c.realData();
      double[] cs = meanStd(colour);
      picture = Scatter.render(data, y.realData(), colour,
          new PlotStyle(s.colormap(), cs[0] - clip * cs[1], cs[0] + clip * cs[1], s.depthLabel(), s.timeLabel(),
              s.title(), s.width(), s.height(), false, 0), format);
    } else {
      double[] x = ctx.xaxisValues();
      double[] t = ctx.taxisValues();
      picture = Waterfall.render(a.as2d(true).toRows(), x[0], x[x.length - 1], t[0], t[t.length - 1], s, format);
    }
    ctx.sink().writeBytes(dir + "/" + ctx.dateDir() + "." + p.getString("format"), picture);
    return in.primary();
  }

  /** numpy mean and std (ddof 0) of the finite values. */
  private static double[] meanStd(double[] v) {
    double sum = 0;
    int n = 0;
    for (double d : v) if (Double.isFinite(d)) { sum += d; n++; }
    double mean = n == 0 ? 0 : sum / n;
    double ss = 0;
    for (double d : v) if (Double.isFinite(d)) ss += (d - mean) * (d - mean);
    return new double[] {mean, n == 0 ? 0 : Math.sqrt(ss / n)};
  }
}

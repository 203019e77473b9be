package dev.fathom.graph.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import dev.fathom.graph.witsml.FbeWriter;
import dev.fathom.graph.witsml.PyFloat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * distpy {@code write_witsml} (WriteWITSMLCommand → io_helpers.write2witsml, specs/distpy.md
 * §3.6.1): writes {@code <directory_out>/<date_dir>.fbe}, a WITSML 1.3.1.1 log with the depth,
 * the gathered "band 00" column and the input's columns, curves named from {@code low_freq} /
 * {@code high_freq} as distpy names them ({@code band_0-nyquist}, {@code band_01_200--1}, ...)
 * or by {@code labels}. A {@code (1, n)} input is written transposed against depths 0..n-1
 * (distpy's vlf2summary pattern). distpy's result is the raw chunk; here it is the input.
 */
final class WriteWitsml extends AbstractCommand {
  WriteWitsml() {
    super("write_witsml", "pass-through; writes <directory_out>/<chunk time>.fbe (WITSML 1.3.1.1: depth, band 00 = gathered, input columns)",
        GatherUse.REQUIRED,
        ParamSpec.optional("directory_out", ParamType.STRING, "NONE", "sub-folder of the output; NONE writes nothing"),
        ParamSpec.optional("data_style", ParamType.STRING, "NONE", "names the installed system, measurement and service company"),
        ParamSpec.optional("low_freq", ParamType.NUMBER_LIST, List.of(0), "band starts in Hz (curve names only)"),
        ParamSpec.optional("high_freq", ParamType.NUMBER_LIST, List.of(1), "band ends in Hz (curve names only)"),
        ParamSpec.optional("labels", ParamType.JSON, List.of(), "curve names replacing the generated ones, band 00 first"));
  }

  @Override
  public void check(Params p, List<String> problems) {
    JsonNode labels = p.getJson("labels");
    boolean ok = labels.isArray();
    for (JsonNode l : labels) ok &= l.isTextual();
    if (!ok) problems.add("labels must be a list of strings, got " + labels);
    if (p.getDoubles("high_freq").length < p.getDoubles("low_freq").length) {
      problems.add("high_freq needs one entry per low_freq entry");
    }
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    String dir = p.getString("directory_out");
    if (dir.equals("NONE")) return in.primary();
    NdArray data = Inputs.requireReal(in.primary(), name());
    NdArray band00 = Inputs.requireReal(in.first(), name());
    List<String> depths = new ArrayList<>();
    if (data.ndim() == 2 && data.rows() == 1) {
      int n = data.cols();
      data = data.reshape(n, 1);
      band00 = band00.reshape(band00.size());
      for (int k = 0; k < n; k++) depths.add(PyFloat.repr(k));
    } else {
      double[] x = ctx.xaxisValues();
      boolean integral = ctx.xaxis().dtype().isIntegral();
      for (double v : x) depths.add(PyFloat.of(v, integral));
    }
    int rows = data.shape(0);
    int bands = p.getDoubles("low_freq").length;
    int dataCols = data.ndim() == 1 ? 1 : data.cols();
    if (band00.size() != rows || depths.size() != rows || dataCols != bands && dataCols != 1) {
      throw new CommandException("cannot write " + data.shapeString() + " with band 00 of shape " + band00.shapeString()
          + ", " + depths.size() + " depths and " + bands + " band(s)");
    }
    double[][] table = new double[rows][bands + 1];
    for (int i = 0; i < rows; i++) {
      table[i][0] = band00.re(i);
      for (int b = 0; b < bands; b++) table[i][b + 1] = data.re(i * dataCols + (dataCols == 1 ? 0 : b));
    }
    String fbe = FbeWriter.write(p.getString("data_style"), ctx.dateString(), depths, curves(p, ctx), table, ctx.threads());
    ctx.sink().writeBytes(dir + "/" + ctx.dateDir() + ".fbe", fbe.getBytes(StandardCharsets.UTF_8));
    return in.primary();
  }

  /** distpy's {@code generic_curves}, with {@code labels} replacing mnemonic and description. */
  private static List<FbeWriter.Curve> curves(Params p, ExecutionContext ctx) {
    String prf = PyFloat.of(ctx.prf(), ctx.prf() == Math.rint(ctx.prf()));
    List<String> low = pyStrings(p, "low_freq", "0");
    List<String> high = pyStrings(p, "high_freq", "1");
    List<FbeWriter.Curve> c = new ArrayList<>();
    c.add(new FbeWriter.Curve("band_0-nyquist", "unitless", "from 0 Hz to Nyquist Hz (prf=" + prf + ")"));
    for (int a = 0; a < low.size(); a++) {
      String mnemonic = (a < 9 ? "band_0" : "band_") + (a + 1) + "_" + low.get(a) + "-" + high.get(a);
      c.add(new FbeWriter.Curve(mnemonic, "unitless", "from " + low.get(a) + " Hz to " + high.get(a) + " Hz (prf=" + prf + ")"));
    }
    JsonNode labels = p.getJson("labels");
    for (int i = 0; i < labels.size() && i < c.size(); i++) {
      String l = labels.get(i).asText();
      c.set(i, new FbeWriter.Curve(l, c.get(i).unit(), l));
    }
    return c;
  }

  /** The JSON numbers of a list parameter as Python's {@code str()} prints them. */
  private static List<String> pyStrings(Params p, String name, String dflt) {
    JsonNode given = p.given().get(name);
    List<String> out = new ArrayList<>();
    if (given == null) {
      out.add(dflt);
    } else if (given.isNumber()) {
      out.add(PyFloat.of(given.asDouble(), given.isIntegralNumber()));
    } else {
      for (JsonNode v : given) out.add(PyFloat.of(v.asDouble(), v.isIntegralNumber()));
    }
    return out;
  }
}

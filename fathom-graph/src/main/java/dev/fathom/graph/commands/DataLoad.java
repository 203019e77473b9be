package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code data_load} (ReadNPYCommand): with {@code directory_out} 'NONE' the input passes
 * through; otherwise the result is {@code numpy.load(<output>/<directory_out>/<filename>)}
 * (filename with extension), e.g. a filter written by an earlier {@code write_npy}. distpy
 * assigns the loaded array to the method name {@code result}, so its node cannot be read
 * (TypeError); here the loaded array is the node's result (docs/distpy-compatibility.md).
 */
final class DataLoad extends AbstractCommand {
  DataLoad() {
    super("data_load", "pass-through, or load <directory_out>/<filename> from the output folder",
        ParamSpec.optional("directory_out", ParamType.STRING, "NONE", "sub-folder of the output; NONE: pass the input through"),
        ParamSpec.optional("filename", ParamType.STRING, "NONE", "file name with extension, e.g. 1600000000.npy"));
  }

  @Override
  public void check(Params p, java.util.List<String> problems) {
    if (!p.getString("directory_out").equals("NONE") && p.getString("filename").equals("NONE")) {
      problems.add("filename is needed with directory_out");
    }
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    String dir = p.getString("directory_out");
    if (dir.equals("NONE")) return in.primary();
    return ctx.sink().readNpy(dir + "/" + p.getString("filename"));
  }
}

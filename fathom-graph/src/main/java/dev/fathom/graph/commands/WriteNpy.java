package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code write_npy} (WriteNPYCommand, specs/distpy.md §1.7): passes its input on and
 * writes {@code <directory_out>/<date_dir>.npy} (the input), {@code measured_depth.npy} (xaxis)
 * and {@code time.npy} (taxis), each atomically.
 */
final class WriteNpy extends AbstractCommand {
  WriteNpy() {
    super("write_npy", "write the input as <directory_out>/<chunk time>.npy with measured_depth.npy and time.npy",
        ParamSpec.optional("directory_out", ParamType.STRING, "NONE", "sub-folder of the output; NONE writes nothing"));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    String dir = p.getString("directory_out");
    if (!dir.equals("NONE")) {
      ctx.sink().writeNpy(dir + "/" + ctx.dateDir() + ".npy", in.primary());
      ctx.sink().writeNpy(dir + "/measured_depth.npy", ctx.xaxis());
      ctx.sink().writeNpy(dir + "/time.npy", ctx.taxis());
    }
    return in.primary();
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;

/** distpy {@code add} (AddCommand): {@code in + g0} with numpy broadcasting and dtype promotion. */
final class Add extends AbstractCommand {
  Add() {
    super("add", "in + gathered input (numpy broadcasting, e.g. (nx,nt) + (nx,1))", GatherUse.REQUIRED);
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    return Broadcast.apply(in.primary(), in.first(), Broadcast.ADD);
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;
import java.util.function.UnaryOperator;

/** A parameterless command applying one function to its input (abs, angle, conj, real). */
final class Unary extends AbstractCommand {
  private final UnaryOperator<NdArray> f;

  Unary(String name, String summary, UnaryOperator<NdArray> f) {
    super(name, summary);
    this.f = f;
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    return f.apply(in.primary());
  }
}

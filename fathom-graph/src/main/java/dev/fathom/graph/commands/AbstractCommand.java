package dev.fathom.graph.commands;

import dev.fathom.graph.Command;
import dev.fathom.graph.ParamSpec;
import java.util.List;

/** Holds a command's name, summary, parameter schema and gather use; subclasses compute. */
public abstract class AbstractCommand implements Command {
  private final String name;
  private final String summary;
  private final List<ParamSpec> parameters;
  private final GatherUse gather;

  protected AbstractCommand(String name, String summary, GatherUse gather, ParamSpec... parameters) {
    this.name = name;
    this.summary = summary;
    this.gather = gather;
    this.parameters = List.of(parameters);
  }

  protected AbstractCommand(String name, String summary, ParamSpec... parameters) {
    this(name, summary, GatherUse.NONE, parameters);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final List<ParamSpec> parameters() {
    return parameters;
  }

  @Override
  public final GatherUse gather() {
    return gather;
  }

  @Override
  public String toString() {
    return name;
  }
}

package dev.fathom.graph;

import java.util.List;

/**
 * A graph command: the service-provider interface for everything a node of a graph can do.
 * Commands are stateless singletons found by {@link CommandRegistry} through the
 * {@link CommandProvider}s listed in {@code META-INF/services/dev.fathom.graph.CommandProvider}.
 *
 * <p>Contract: {@link #execute} returns a new {@link NdArray} (or one of its inputs unchanged for
 * a pass-through); {@link NdArray}s are immutable, so no command can change another node's
 * input. Array convention: axis 0 = channel/depth, axis 1 = time, distpy's {@code (nx, nt)}.
 * Parameters are declared in {@link #parameters()} and are checked before any data is read; a
 * problem that depends on the data (a 1-D input where 2-D is needed, an empty band) is reported
 * by throwing {@link CommandException}, which the executor turns into a one-line error naming
 * the node.
 */
public interface Command {
  /** The name used in graph files ({@code "name"} of a node). */
  String name();

  /** One line saying what the command computes (shown by {@code fathom graph commands}). */
  String summary();

  /** The parameters this command reads, with types and defaults; none by default. */
  default List<ParamSpec> parameters() {
    return List.of();
  }

  /** Whether the command reads secondary inputs ({@code gather_uids}). */
  default GatherUse gather() {
    return GatherUse.NONE;
  }

  /**
   * Checks relations between parameters that the schema cannot express (list lengths, ranges),
   * appending one message per problem. Called at validation, before any data is read.
   */
  default void check(Params params, List<String> problems) {}

  /**
   * Computes this node's result. Must not keep references to {@code inputs} beyond the call.
   *
   * @throws CommandException when the inputs do not suit the command (shape, dtype, values)
   */
  NdArray execute(NodeInputs inputs, Params params, ExecutionContext context);

  /** How a command uses {@code gather_uids}. */
  enum GatherUse {
    /** The command reads no secondary input; {@code gather_uids} is an error. */
    NONE,
    /** Secondary inputs are used when given. */
    OPTIONAL,
    /** At least one secondary input is needed. */
    REQUIRED
  }
}

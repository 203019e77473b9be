package dev.fathom.graph;

/**
 * Thrown by {@link Command#execute} when its inputs do not suit it (wrong number of dimensions,
 * incompatible shapes, values out of range). The executor adds the graph node to the message and
 * rethrows it as a {@link GraphExecutionException}.
 */
public class CommandException extends RuntimeException {
  public CommandException(String message) {
    super(message);
  }

  public CommandException(String message, Throwable cause) {
    super(message, cause);
  }
}

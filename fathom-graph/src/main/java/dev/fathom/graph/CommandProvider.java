package dev.fathom.graph;

import java.util.List;

/**
 * Service interface through which commands plug in: list an implementation in
 * {@code META-INF/services/dev.fathom.graph.CommandProvider} of a jar on the class path and its
 * commands become available to every graph (see fathom-graph/API.md).
 */
public interface CommandProvider {
  /** The commands this provider contributes; names must be unique across all providers. */
  List<Command> commands();
}

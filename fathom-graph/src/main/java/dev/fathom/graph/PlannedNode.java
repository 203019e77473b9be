package dev.fathom.graph;

/**
 * A validated node: its command and its checked parameters.
 *
 * @param node the node as written
 * @param command the command it names
 * @param params its parameters, converted and defaulted
 */
public record PlannedNode(GraphNode node, Command command, Params params) {}

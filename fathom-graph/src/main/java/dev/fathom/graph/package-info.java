/**
 * Processing graphs in distpy's JSON schema (specs/distpy.md §1): {@link dev.fathom.graph.GraphParser}
 * reads a file into a {@link dev.fathom.graph.Graph}, {@link dev.fathom.graph.GraphValidator}
 * checks it against the {@link dev.fathom.graph.CommandRegistry} before any data is read and
 * reports every problem at once, {@link dev.fathom.graph.GraphExecutor} runs it on one chunk with
 * immutable {@link dev.fathom.graph.NdArray} values, releasing each result after its last reader.
 * Arrays are distpy's {@code (nx, nt)}: axis 0 = channel/depth, axis 1 = time. Commands plug in
 * through {@link dev.fathom.graph.CommandProvider} (ServiceLoader); see fathom-graph/API.md.
 */
package dev.fathom.graph;

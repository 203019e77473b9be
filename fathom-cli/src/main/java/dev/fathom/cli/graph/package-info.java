/**
 * {@code fathom graph check|dot|commands|run}: the command-line face of fathom-graph. Errors are
 * {@link dev.fathom.core.FathomException}s, printed by {@link dev.fathom.cli.Main} as one line
 * (exit 2).
 */
package dev.fathom.cli.graph;

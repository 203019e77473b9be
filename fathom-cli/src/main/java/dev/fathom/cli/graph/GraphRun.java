package dev.fathom.cli.graph;

import dev.fathom.cli.Verbosity;
import dev.fathom.graph.ChunkRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fathom graph run GRAPH --input CHUNK.npy --prf HZ [--xaxis X.npy] [--time T0] --out DIR
 * [--dump-nodes]}: one chunk through a graph; writers write under DIR as distpy names their
 * files.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run one chunk (.npy, channels x samples) through a graph.")
public final class GraphRun implements Callable<Integer> {
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GRAPH", description = "graph file (distpy JSON)")
  Path graph;

  @Option(names = "--input", required = true, paramLabel = "CHUNK.npy", description = "the chunk, 2-D (channels, time samples)")
  Path input;

  @Option(names = "--prf", required = true, paramLabel = "HZ", description = "time sampling rate in Hz")
  double prf;

  @Option(names = "--xaxis", paramLabel = "X.npy", description = "measured depth per channel in metres (default 0..nx-1)")
  Path xaxis;

  @Option(names = "--time", paramLabel = "T0",
      description = "chunk start, unix seconds; names written files (default: the input file name if it is a number, else 0)")
  Long time;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
  Path out;

  @Option(names = "--dump-nodes", description = "also write every node's result as DIR/nodes/uid<k>.npy")
  boolean dumpNodes;

  @Override
  public Integer call() {
    long t0 = time != null ? time : timeFromName(input);
    ChunkRun.Result r = ChunkRun.run(graph, input, new ChunkRun.Options(prf, xaxis, t0, out, dumpNodes));
    for (String note : r.notes()) spec.commandLine().getErr().println("fathom: note: " + note);
    if (verbosity.verbose()) spec.commandLine().getErr().println("fathom: ran " + r.nodes() + " nodes");
    return 0;
  }

  /** distpy's date_dir is the chunk file's stem (a unix time); 0 when the stem is not a number. */
  static long timeFromName(Path file) {
    String n = file.getFileName().toString();
    String stem = n.endsWith(".npy") ? n.substring(0, n.length() - 4) : n;
    try {
      return Long.parseLong(stem);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

package dev.fathom.graph;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One chunk through one graph, as {@code fathom graph run} does it: reads and checks the graph
 * (every problem before any data is read), the chunk ({@code .npy}, 2-D {@code (nx, nt)}) and
 * the depth axis, runs the graph with writers writing under the output folder, and optionally
 * writes every node's result as {@code nodes/uid<k>.npy}. A graph with {@code "document" > 0}
 * is not run: its Graphviz text is written as {@code config.gv} (distpy's documentation mode).
 */
public final class ChunkRun {
  /**
   * @param prf sampling rate in Hz
   * @param xaxisFile depth axis {@code .npy} or null for {@code arange(nx)}
   * @param t0 chunk start, unix seconds (names written files)
   * @param out output folder
   * @param dumpNodes also write every node's result as {@code nodes/uid<k>.npy}
   */
  public record Options(double prf, Path xaxisFile, long t0, Path out, boolean dumpNodes) {}

  /**
   * What a run did.
   *
   * @param nodes nodes executed (0 in documentation mode)
   * @param notes remarks for the user (non-finite input values, documentation mode)
   */
  public record Result(int nodes, List<String> notes) {}

  private ChunkRun() {}

  /** Runs {@code graphFile} on {@code chunkFile}. */
  public static Result run(Path graphFile, Path chunkFile, Options o) {
    if (!(o.prf() > 0) || Double.isInfinite(o.prf())) {
      throw new FathomException("--prf", FathomException.NO_OFFSET, "must be a positive number of Hz, got " + o.prf());
    }
    Graph graph = GraphParser.read(graphFile);
    DirectorySink sink = new DirectorySink(o.out());
    List<String> notes = new ArrayList<>();
    if (graph.document() > 0) {
      sink.writeBytes("config.gv", DotWriter.toDot(graph).getBytes(StandardCharsets.UTF_8));
      notes.add("document mode: wrote " + sink.root().resolve("config.gv") + ", nothing processed");
      return new Result(0, notes);
    }
    ExecutionPlan plan = new GraphValidator(CommandRegistry.load()).validate(graph);
    NdArray chunk = NpyConversion.read(chunkFile);
    if (chunk.ndim() != 2) {
      throw new InvalidDataException(chunkFile.toString(), FathomException.NO_OFFSET,
          "a chunk must be 2-D (channels, time samples), got shape " + chunk.shapeString());
    }
    NdArray xaxis = o.xaxisFile() == null ? null : NpyConversion.read(o.xaxisFile());
    if (xaxis != null && (xaxis.size() != chunk.rows() || xaxis.ndim() > 2 || xaxis.isComplex())) {
      throw new InvalidDataException(o.xaxisFile().toString(), FathomException.NO_OFFSET,
          "xaxis must hold one real depth per channel (" + chunk.rows() + "), got shape " + xaxis.shapeString());
    }
    int bad = chunk.countNonFinite();
    if (bad > 0) notes.add(chunkFile + ": " + bad + " NaN/Inf values in the chunk; they propagate as in numpy");
    ExecutionContext ctx = ExecutionContext.forChunk(chunk, o.prf(), xaxis, null, o.t0(), graph.boxSize(), sink);
    NodeListener dump = o.dumpNodes()
        ? (node, result) -> sink.writeNpy("nodes/uid" + node.position() + ".npy", result)
        : NodeListener.NONE;
    new GraphExecutor(plan).run(chunk, ctx, dump);
    return new Result(plan.nodes().size(), notes);
  }
}

package dev.fathom.pipeline.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fathom.core.AtomicFiles;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SinkAccessException;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.DirectorySink;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.ExecutionPlan;
import dev.fathom.graph.Graph;
import dev.fathom.graph.GraphExecutor;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphValidator;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeListener;
import dev.fathom.graph.NpyConversion;
import dev.fathom.pipeline.config.SystemConfig;
import dev.fathom.pipeline.run.Job;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code fathom process}: every chunk of the input folder through the graph, writers writing under
 * the output folder in distpy's layout ({@code <outpath>/<directory_out>/<unixtime>.npy|.fbe|.png}),
 * each file atomically. One unit per chunk.
 *
 * <p>Resumability: when a chunk's graph run completes, a marker
 * {@code <outpath>/.fathom/done/<graph hash>/<unixtime>.json} listing the files it wrote is written
 * (atomically, last). A chunk whose marker exists and whose listed files all exist is skipped (unless
 * {@code force}), so a rerun after a crash or Ctrl-C finishes the job; a changed graph or prf has
 * another hash and recomputes. Temporaries a killed run left in the output folder are removed
 * when planning.
 *
 * <p>The graph is read and validated on the driver before any chunk is read; the job carries the
 * graph's JSON text so that every worker (thread or Spark executor) parses its own copy.
 */
public final class ProcessJob implements Job<ProcessJob.Unit, ProcessJob.Result> {
  private static final long serialVersionUID = 1L;

  /** One chunk; {@code skip} when its outputs exist from an earlier run. */
  public record Unit(String chunk, long time, long bytes, boolean skip) implements Serializable {}

  /** What a chunk produced: files relative to the output folder, and remarks. */
  public record Result(long time, boolean skipped, List<String> outputs, List<String> notes) implements Serializable {}

  private final String in;
  private final String out;
  private final String graphJson;
  private final String graphSource;
  private final String hash;
  private final double prf;
  private final String xaxisFile;
  private final String taxisFile;
  private final int threadsPerChunk;
  private final boolean force;
  private transient volatile Prepared prepared;

  /**
   * @param config the system config (inpath = chunks, outpath = results, prf, measured_depth,
   *     time_scale, config = the graph)
   * @param threadsPerChunk threads one chunk's commands may use
   * @param force recompute chunks whose outputs exist
   */
  public ProcessJob(SystemConfig config, int threadsPerChunk, boolean force) {
    Path graphFile = config.requireConfig("processing graph");
    Graph graph = GraphParser.read(graphFile);
    new GraphValidator(CommandRegistry.load()).validate(graph);
    try {
      this.graphJson = Files.readString(graphFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidDataException(graphFile.toString(), FathomException.NO_OFFSET, "cannot read: " + e.getMessage());
    }
    this.graphSource = graphFile.toString();
    this.in = config.inpath().toString();
    this.out = config.outpath().toString();
    this.prf = config.prf();
    this.xaxisFile = Files.isRegularFile(config.xaxisFile()) ? config.xaxisFile().toString() : null;
    this.taxisFile = Files.isRegularFile(config.taxisFile()) ? config.taxisFile().toString() : null;
    this.threadsPerChunk = Math.max(1, threadsPerChunk);
    this.force = force;
    this.hash = sha256(graphJson + "\nprf=" + prf).substring(0, 16);
  }

  @Override
  public String name() {
    return "process";
  }

  /** A short hash of the graph text and prf: names the completion markers. */
  public String graphHash() {
    return hash;
  }

  /** The output folder. */
  public Path outpath() {
    return Path.of(out);
  }

  /** The graph file. */
  public String graphSource() {
    return graphSource;
  }

  @Override
  public List<Unit> plan() {
    Path outp = Path.of(out);
    try {
      Files.createDirectories(outp);
    } catch (IOException e) {
      throw new SinkAccessException(out, FathomException.NO_OFFSET, "cannot create the output folder: " + e.getMessage());
    }
    if (!Files.isWritable(outp)) {
      throw new SinkAccessException(out, FathomException.NO_OFFSET, "the output folder is not writable");
    }
    AtomicFiles.removeStale(outp);
    List<Unit> units = new ArrayList<>();
    for (Path c : ChunkFiles.list(Path.of(in))) {
      long t = ChunkFiles.timeOf(c);
      long size;
      try {
        size = Files.size(c);
      } catch (IOException e) {
        size = 0;
      }
      units.add(new Unit(c.toString(), t, size, !force && DoneMarkers.complete(markerDir(), t, outp)));
    }
    return units;
  }

  private Path markerDir() {
    return Path.of(out, ".fathom", "done", hash);
  }

  @Override
  public Result runUnit(Unit unit) {
    if (unit.skip()) return new Result(unit.time(), true, List.of(), List.of());
    Prepared p = prepared();
    Path chunkPath = Path.of(unit.chunk());
    NdArray chunk = NpyConversion.read(chunkPath);
    if (chunk.ndim() != 2) {
      throw new InvalidDataException(unit.chunk(), FathomException.NO_OFFSET,
          "a chunk must be 2-D (channels, time samples), got shape " + chunk.shapeString());
    }
    if (p.xaxis != null && p.xaxis.size() != chunk.rows()) {
      throw new InvalidDataException(unit.chunk(), FathomException.NO_OFFSET, "has " + chunk.rows()
          + " channels but " + xaxisFile + " holds " + p.xaxis.size() + " depths");
    }
    List<String> notes = new ArrayList<>();
    int bad = chunk.countNonFinite();
    if (bad > 0) notes.add(unit.chunk() + ": " + bad + " NaN/Inf values; they propagate as in numpy");
    RecordingSink sink = new RecordingSink(new DirectorySink(Path.of(out)));
    ExecutionContext ctx = ExecutionContext.forChunk(chunk, prf, p.xaxis, p.taxis, unit.time(), p.boxSize, sink)
        .withThreads(threadsPerChunk);
    new GraphExecutor(p.plan).run(chunk, ctx, NodeListener.NONE);
    List<String> outputs = sink.written();
    DoneMarkers.write(markerDir(), unit.time(), outputs);
    return new Result(unit.time(), false, outputs, notes);
  }

  @Override
  public String describe(Unit unit) {
    return Path.of(unit.chunk()).getFileName().toString();
  }

  @Override
  public long inputBytes(Unit unit) {
    return unit.bytes();
  }

  /** The graph, parsed and validated once per JVM (driver or executor), and the axes. */
  private Prepared prepared() {
    Prepared p = prepared;
    if (p == null) {
      synchronized (this) {
        p = prepared;
        if (p == null) {
          Graph g = GraphParser.parse(graphJson, graphSource);
          ExecutionPlan plan = new GraphValidator(CommandRegistry.load()).validate(g);
          NdArray x = xaxisFile == null ? null : NpyConversion.read(Path.of(xaxisFile));
          NdArray t = taxisFile == null ? null : NpyConversion.read(Path.of(taxisFile));
          p = new Prepared(plan, x, t, g.boxSize());
          prepared = p;
        }
      }
    }
    return p;
  }

  private record Prepared(ExecutionPlan plan, NdArray xaxis, NdArray taxis, int boxSize) {}

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report section of this job's settings, for run.json. */
  public ObjectNode describeSettings(ObjectMapper m) {
    ObjectNode o = m.createObjectNode();
    o.put("input", in);
    o.put("output", out);
    o.put("graph", graphSource);
    o.put("graph_sha256_16", hash);
    o.put("prf", prf);
    o.put("measured_depth", xaxisFile);
    o.put("time_scale", taxisFile);
    o.put("threads_per_chunk", threadsPerChunk);
    o.put("force", force);
    ArrayNode notes = o.putArray("notes");
    if (xaxisFile == null) notes.add("no measured_depth file: depth axis = arange(nx)");
    return o;
  }
}

package dev.fathom.pipeline.attributes;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.ExecutionPlan;
import dev.fathom.graph.Graph;
import dev.fathom.graph.GraphExecutor;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphValidator;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The per-trace result of a distpy graph (fathom-graph): a bundle's traces become one block
 * {@code (ntraces, nsamples)} (axis 0 = trace, distpy's channel axis; axis 1 = sample) with
 * {@code prf} = the sample rate in Hz, the graph runs once on it, and its <b>last node</b> must
 * give one value per trace ({@code (ntraces,)}, or {@code (ntraces, k)} for k columns, k &le;
 * {@value #MAX_COLUMNS}). The columns are named after that node's command: {@code NAME_0 ..
 * NAME_k-1}. Complex results give their real part.
 *
 * <p>The column count is found on the driver by running the graph once on a small block of
 * deterministic noise with the file's sample count and rate ({@link #create}). The graph text
 * travels with the job and is parsed and validated again, once, on each worker.
 */
public final class GraphReducer implements TraceReducer {
  private static final long serialVersionUID = 1L;
  /** Most value columns a graph may give per trace. */
  public static final int MAX_COLUMNS = 64;
  /** Traces of the probe block run on the driver. */
  private static final int PROBE_TRACES = 4;

  private final String json;
  private final String source;
  private final List<String> columns;
  private transient ExecutionPlan plan;
  private transient GraphExecutor executor;

  private GraphReducer(String json, String source, List<String> columns) {
    this.json = json;
    this.source = source;
    this.columns = columns;
  }

  /**
   * Parses and validates the graph and finds its output columns for traces of {@code samples}
   * samples at {@code sampleRateHz}.
   *
   * @throws FathomException for a malformed or invalid graph, or one whose last node does not
   *     give one row per trace
   */
  public static GraphReducer create(String json, String source, int samples, double sampleRateHz) {
    GraphReducer probe = new GraphReducer(json, source, List.of());
    float[][] noise = new float[PROBE_TRACES][samples];
    SplittableRandom r = new SplittableRandom(7);
    for (float[] row : noise) for (int i = 0; i < samples; i++) row[i] = (float) r.nextGaussian();
    NdArray out = probe.run(noise, PROBE_TRACES, samples, sampleRateHz, 0);
    int k = out.ndim() == 1 ? 1 : out.shape(1);
    String name = probe.plan().nodes().get(probe.lastPosition() - 1).node().name();
    List<String> cols = new ArrayList<>();
    for (int c = 0; c < k; c++) cols.add(name + "_" + c);
    return new GraphReducer(json, source, List.copyOf(cols));
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int batchTraces(int samples) {
    return Integer.MAX_VALUE;
  }

  @Override
  public void reduce(float[][] traces, int n, int samples, double sampleRateHz, long first, double[][] out, int offset) {
    NdArray r = run(traces, n, samples, sampleRateHz, first);
    int k = r.ndim() == 1 ? 1 : r.shape(1);
    if (k != columns.size()) {
      throw new InvalidDataException(source, FathomException.NO_OFFSET, "the last node gave " + k
          + " values per trace for traces from " + first + ", " + columns.size() + " before");
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) out[c][offset + i] = r.ndim() == 1 ? r.re(i) : r.get(i, c);
    }
  }

  /** Runs the graph on traces[0..n-1] and returns the last node's result, checked for shape. */
  private NdArray run(float[][] traces, int n, int samples, double sampleRateHz, long first) {
    float[] flat = new float[Math.multiplyExact(n, samples)];
    for (int i = 0; i < n; i++) System.arraycopy(traces[i], 0, flat, i * samples, samples);
    NdArray block = NdArray.wrapFloat32(new int[] {n, samples}, flat);
    GraphExecutor ex = executor();
    ExecutionContext ctx = ExecutionContext.forChunk(block, sampleRateHz, null, null, ExecutionContext.DEFAULT_T0,
        plan().graph().boxSize(), null).withThreads(1);
    NdArray r = ex.run(block, ctx, NodeListener.NONE).get(lastPosition());
    boolean perTrace = r != null && r.shape(0) == n && (r.ndim() == 1 || (r.ndim() == 2 && r.shape(1) <= MAX_COLUMNS));
    if (!perTrace) {
      throw new InvalidDataException(source, FathomException.NO_OFFSET, "the last node must give one row of at most "
          + MAX_COLUMNS + " values per trace, shape (" + n + ",) or (" + n + ", k), for a block (" + n + ", " + samples
          + "); it gave " + (r == null ? "nothing" : r.shapeString()) + " (traces from " + first + ")");
    }
    return r;
  }

  private int lastPosition() {
    return plan().nodes().size();
  }

  private synchronized ExecutionPlan plan() {
    if (plan == null) {
      Graph g = GraphParser.parse(json, source);
      ExecutionPlan p = new GraphValidator(CommandRegistry.load()).validate(g);
      if (p.nodes().isEmpty()) throw new InvalidDataException(source, FathomException.NO_OFFSET, "the graph has no node");
      plan = p;
    }
    return plan;
  }

  private synchronized GraphExecutor executor() {
    if (executor == null) executor = new GraphExecutor(plan());
    return executor;
  }
}

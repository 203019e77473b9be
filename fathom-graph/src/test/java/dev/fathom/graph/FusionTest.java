package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fusion ({@link InputFusion}): when it applies, that it changes no result beyond round-off, and
 * that it falls back to the plain path whenever a listener, the wiring or the data asks for it.
 */
class FusionTest {
  /** distpy's config_examples/strainrate2noiselog.json, less the writer. */
  static final String NOISE_LOG = """
      {"command_list": [
        {"name": "to_gpu", "uid": 1, "in_uid": 0},
        {"name": "fft", "uid": 2, "in_uid": 1},
        {"name": "rms_from_fft", "uid": 3, "in_uid": 2, "low_freq": 0, "high_freq": -1},
        {"name": "multiple_calcs", "uid": 4, "in_uid": 2, "func": "te_from_fft",
         "low_freq": [200, 600, 1000], "high_freq": [-1, -1, -1]},
        {"name": "multiple_calcs", "uid": 5, "in_uid": 2, "func": "rms_from_fft",
         "low_freq": [50, 600], "high_freq": [300, -1]},
        {"name": "from_gpu", "uid": 6, "in_uid": 3},
        {"name": "from_gpu", "uid": 7, "in_uid": 4}]}""";

  /** A listener that needs nothing and records which nodes ran. */
  static final class Ran implements NodeListener {
    final List<Integer> positions = new ArrayList<>();

    @Override
    public void nodeDone(GraphNode node, NdArray result) {
      positions.add(node.position());
    }

    @Override
    public boolean needs(GraphNode node) {
      return false;
    }
  }

  /** A listener that needs (and so materialises) every node. */
  static final NodeListener ALL = (node, result) -> {};

  static ExecutionPlan plan(String json) {
    return new GraphValidator(CommandRegistry.load()).validate(GraphParser.parse(json, "t.json"));
  }

  static Map<Integer, NdArray> run(String json, NdArray chunk, int threads, NodeListener listener) {
    ExecutionContext ctx = ExecutionContext.forChunk(chunk, 4000, null, null, 0, 20, null).withThreads(threads);
    return new GraphExecutor(plan(json)).run(chunk, ctx, listener);
  }

  /** Noise of amplitude {@code amp[i]} on row i (float64 or float32). */
  static NdArray chunk(DType type, int nt, double... amp) {
    SplittableRandom rnd = new SplittableRandom(5);
    double[] v = new double[amp.length * nt];
    for (int i = 0; i < amp.length; i++) {
      for (int j = 0; j < nt; j++) v[i * nt + j] = amp[i] * (rnd.nextDouble(-1, 1) + Math.sin(0.3 * j + i));
    }
    return NdArray.wrap(type, new int[] {amp.length, nt}, v);
  }

  static double[] amplitudes(int nx) {
    double[] a = new double[nx];
    for (int i = 0; i < nx; i++) a[i] = 1 + i % 3;
    return a;
  }

  /** Each value within {@code rtol} of its own magnitude (stricter than §5's rtol of the array's max). */
  static void assertClose(NdArray expected, NdArray actual, double rtol) {
    assertArrayEquals(expected.shape(), actual.shape());
    assertEquals(expected.dtype(), actual.dtype());
    for (int k = 0; k < expected.size(); k++) {
      double e = expected.re(k);
      double a = actual.re(k);
      if (!Double.isFinite(e)) {
        assertFalse(Double.isFinite(a), "element " + k + ": " + a + " where unfused gives " + e);
      } else {
        assertEquals(e, a, rtol * Math.abs(e), "element " + k);
      }
    }
  }

  @Test
  void theNoiseLogFftIsFusedIntoItsBandEnergies() {
    ExecutionPlan p = plan(NOISE_LOG);
    assertEquals(List.of(3, 4, 5), p.fusedConsumers(2).stream().map(n -> n.node().position()).toList());
    assertEquals(List.of(2), List.copyOf(p.fusions().keySet()));
    Ran ran = new Ran();
    run(NOISE_LOG, chunk(DType.FLOAT32, 1000, amplitudes(37)), 2, ran);
    assertEquals(List.of(1, 3, 4, 5, 6, 7), ran.positions, "the fft (uid 2) never runs");
  }

  @Test
  void fusedResultsEqualTheMaterialisedSpectrumsOnEveryRow() {
    for (DType t : List.of(DType.FLOAT32, DType.FLOAT64)) {
      for (int nt : new int[] {1000, 999, 64}) {
        NdArray c = chunk(t, nt, amplitudes(37));
        Map<Integer, NdArray> fused = run(NOISE_LOG, c, 2, NodeListener.NONE);
        Map<Integer, NdArray> plain = run(NOISE_LOG, c, 2, ALL);
        assertEquals(plain.keySet(), fused.keySet());
        for (int k : plain.keySet()) assertClose(plain.get(k), fused.get(k), 1e-12);
      }
    }
  }

  @Test
  void rowsOfVeryDifferentEnergyKeepTheirOwnPrecision() {
    // dead channels (zeros, 1e-9) beside loud ones: no row's energy may inherit a neighbour's round-off
    double[] amp = {1e3, 0, 1e-9, 1e3, 1, 0, 0, 1e-9, 2e3, 1e-4, 1e3, 5e-9, 1e2, 3, 0, 1e3, 7, 1e-9, 1e3};
    NdArray c = chunk(DType.FLOAT64, 1000, amp);
    Map<Integer, NdArray> fused = run(NOISE_LOG, c, 1, NodeListener.NONE);
    Map<Integer, NdArray> plain = run(NOISE_LOG, c, 1, ALL);
    for (int k : plain.keySet()) assertClose(plain.get(k), fused.get(k), 1e-12);
    assertEquals(0.0, fused.get(7).get(1, 0), "a row of zeros has exactly zero energy");
  }

  @Test
  void nonFiniteRowsDoNotSpoilTheirNeighbours() {
    NdArray c = chunk(DType.FLOAT64, 500, amplitudes(9));
    double[] v = c.realData();
    v[2 * 500 + 7] = Double.NaN;
    v[5 * 500 + 100] = Double.POSITIVE_INFINITY;
    c = NdArray.wrap(DType.FLOAT64, new int[] {9, 500}, v);
    Map<Integer, NdArray> fused = run(NOISE_LOG, c, 2, NodeListener.NONE);
    Map<Integer, NdArray> plain = run(NOISE_LOG, c, 2, ALL);
    for (int k : plain.keySet()) assertClose(plain.get(k), fused.get(k), 1e-12);
    NdArray te = fused.get(7);
    for (int i = 0; i < 9; i++) {
      assertEquals(i == 2 || i == 5, !Double.isFinite(te.get(i, 0)), "row " + i);
    }
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    NdArray c = chunk(DType.FLOAT32, 1000, amplitudes(150));
    for (NodeListener l : List.of(NodeListener.NONE, ALL)) {
      Map<Integer, NdArray> one = run(NOISE_LOG, c, 1, l);
      Map<Integer, NdArray> three = run(NOISE_LOG, c, 3, l);
      assertEquals(one, three);
    }
  }

  @Test
  void aListenerThatNeedsTheSpectrumGetsIt() {
    List<Integer> seen = new ArrayList<>();
    run(NOISE_LOG, chunk(DType.FLOAT64, 100, amplitudes(4)), 1, (n, r) -> seen.add(n.position()));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), seen);
  }

  @Test
  void otherReadersWiringOrAxesKeepTheFft() {
    // another reader of the spectrum (abs), a gathered spectrum, axis 0, ifft: nothing to fuse
    assertTrue(plan("""
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0},
          {"name": "rms_from_fft", "uid": 2, "in_uid": 1},
          {"name": "abs", "uid": 3, "in_uid": 1}]}""").fusions().isEmpty());
    assertTrue(plan("""
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0},
          {"name": "rms_from_fft", "uid": 2, "in_uid": 1},
          {"name": "add", "uid": 3, "in_uid": 0, "gather_uids": [1]}]}""").fusions().isEmpty());
    assertTrue(plan("""
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0, "axis": 0},
          {"name": "rms_from_fft", "uid": 2, "in_uid": 1}]}""").fusions().isEmpty());
    assertTrue(plan("""
        {"command_list": [{"name": "ifft", "uid": 1, "in_uid": 0},
          {"name": "rms_from_fft", "uid": 2, "in_uid": 1}]}""").fusions().isEmpty());
    assertEquals(List.of(1), List.copyOf(plan("""
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0, "axis": -1},
          {"name": "rms_from_fft", "uid": 2, "in_uid": 1}]}""").fusions().keySet()));
  }

  @Test
  void complexInputRunsTheFft() {
    String g = """
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0},
          {"name": "fft", "uid": 2, "in_uid": 1},
          {"name": "multiple_calcs", "uid": 3, "in_uid": 2, "func": "te_from_fft", "low_freq": [0], "high_freq": [-1]}]}""";
    Ran ran = new Ran();
    run(g, chunk(DType.FLOAT64, 100, amplitudes(4)), 1, ran);
    assertEquals(List.of(1, 2, 3), ran.positions, "uid 2 reads complex data: not fused");
  }

  @Test
  void errorsStillNameTheNodeThatFails() {
    // 3000 Hz is above Nyquist at prf 4000: uid 4 fails, after uid 3 ran fused
    String g = """
        {"command_list": [{"name": "fft", "uid": 1, "in_uid": 0},
          {"name": "rms_from_fft", "uid": 2, "in_uid": 1},
          {"name": "multiple_calcs", "uid": 3, "in_uid": 1, "func": "te_from_fft", "low_freq": [100], "high_freq": [-1]},
          {"name": "multiple_calcs", "uid": 4, "in_uid": 1, "func": "te_from_fft", "low_freq": [3000], "high_freq": [-1]}]}""";
    for (NodeListener l : List.of(NodeListener.NONE, ALL)) {
      GraphExecutionException e = assertThrows(GraphExecutionException.class,
          () -> run(g, chunk(DType.FLOAT64, 100, amplitudes(4)), 1, l));
      assertTrue(e.getMessage().startsWith("t.json: node uid 4 'multiple_calcs': band 3000.0..-1.0 Hz is empty"), e.getMessage());
    }
    // a 1-D input: the fft itself runs and reports its error
    GraphExecutionException e = assertThrows(GraphExecutionException.class,
        () -> run(g, NdArray.vector(1, 2, 3), 1, NodeListener.NONE));
    assertTrue(e.getMessage().startsWith("t.json: node uid 1 'fft': "), e.getMessage());
  }

  // ---------------------------------------------------------------- the mechanism, on toy commands

  /** "twice": 2x. */
  static final class Twice implements Command {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public String name() {
      return "twice";
    }

    @Override
    public String summary() {
      return "2x";
    }

    @Override
    public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
      runs.incrementAndGet();
      return in.primary().mapReal(DType.FLOAT64, x -> 2 * x);
    }
  }

  /** "sum": sum of its input; fused onto "twice", 2·sum(x) from twice's input, sharing one sum. */
  static final class Sum implements Command, InputFusion {
    final AtomicInteger sums = new AtomicInteger();

    @Override
    public String name() {
      return "sum";
    }

    @Override
    public String summary() {
      return "sum";
    }

    @Override
    public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
      return NdArray.scalar(total(in.primary()));
    }

    private double total(NdArray a) {
      sums.incrementAndGet();
      double s = 0;
      for (int k = 0; k < a.size(); k++) s += a.re(k);
      return s;
    }

    @Override
    public boolean canFuse(PlannedNode upstream, Params params) {
      return upstream.command() instanceof Twice;
    }

    @Override
    public NdArray executeFused(FusedInput in, Params p, ExecutionContext ctx) {
      double s = (Double) in.shared().computeIfAbsent("sum", k -> total(in.upstreamInputs().primary()));
      return NdArray.scalar(2 * s);
    }
  }

  @Test
  void fusionIsGeneralAndKeepsTheUpstreamInputAlive() {
    Twice twice = new Twice();
    Sum sum = new Sum();
    CommandRegistry reg = CommandRegistry.of(List.of(twice, sum));
    ExecutionPlan plan = new GraphValidator(reg).validate(GraphParser.parse("""
        {"command_list": [{"name": "twice", "uid": 1, "in_uid": 0},
          {"name": "twice", "uid": 2, "in_uid": 1},
          {"name": "sum", "uid": 3, "in_uid": 2},
          {"name": "sum", "uid": 4, "in_uid": 2}]}""", "toy"));
    NdArray c = NdArray.vector(1, 2, 3);
    ExecutionContext ctx = ExecutionContext.forChunk(c, 1, null, null, 0, 500, null);
    Map<Integer, NdArray> r = new GraphExecutor(plan).run(c, ctx, NodeListener.NONE);
    assertEquals(List.of(3, 4), List.copyOf(r.keySet()), "uid 1, kept for the fused readers, is released after them");
    assertEquals(24.0, r.get(3).re(0));
    assertEquals(24.0, r.get(4).re(0));
    assertEquals(1, twice.runs.get(), "uid 2 fused away, its input (uid 1) kept for uid 3 and 4");
    assertEquals(1, sum.sums.get(), "the two readers share one pass");
    r = new GraphExecutor(plan).run(c, ctx, ALL);
    assertEquals(24.0, r.get(4).re(0));
    assertEquals(3, twice.runs.get());
  }
}

package dev.fathom.graph.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fathom.core.SharedData;
import dev.fathom.graph.CommandRegistry;
import dev.fathom.graph.DType;
import dev.fathom.graph.DirectorySink;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.GraphExecutor;
import dev.fathom.graph.GraphParser;
import dev.fathom.graph.GraphValidationException;
import dev.fathom.graph.GraphValidator;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NpyConversion;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result types, input shapes and parameter checks of the filter commands where distpy's graphs
 * meet inputs its reference cases do not cover (integer, float32, complex64, 1-D): what numpy and
 * scipy return there (expected values from scipy 1.17.1 / numpy 2.4.6, the reference's versions).
 */
class FilterResultTest {
  @TempDir Path tmp;

  /** A 4 x 5 int64 chunk. */
  private static final double[][] INTS = {
      {17, 5, 7, 15, 3}, {11, 13, -11, -18, -8}, {-9, 14, 16, -20, -1}, {12, -15, 11, -16, -2}};

  /** Every node's result of a graph of {@code nodes} (uids 1, 2, ... in order) on {@code chunk}, prf 500. */
  private Map<Integer, NdArray> run(NdArray chunk, NdArray xaxis, String... nodes) {
    var plan = new GraphValidator(CommandRegistry.load()).validate(
        GraphParser.parse("{\"command_list\": [" + String.join(", ", nodes) + "]}", "case"));
    ExecutionContext ctx = ExecutionContext.forChunk(chunk, 500, xaxis, null, 1_600_000_000L, 500, new DirectorySink(tmp));
    Map<Integer, NdArray> all = new HashMap<>();
    new GraphExecutor(plan).run(chunk, ctx, (n, r) -> all.put(n.position(), r));
    return all;
  }

  private NdArray one(NdArray chunk, String node) {
    return run(chunk, null, node).get(1);
  }

  private static NdArray ints(DType t) {
    return NdArray.fromRows(INTS).astype(t);
  }

  private static NdArray input(String name) {
    return NpyConversion.read(SharedData.require("reference/distpy/inputs/" + name + ".npy"));
  }

  private static void assertRows(DType t, double[][] expected, NdArray actual) {
    assertEquals(t, actual.dtype());
    assertArrayEquals(new int[] {expected.length, expected[0].length}, actual.shape());
    for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual.row(i), 0, "row " + i);
  }

  @Test
  void gaussianStoresEveryPassInTheInputType() {
    String node = "{\"name\": \"gaussian\", \"uid\": 1, \"in_uid\": 0, \"xorder\": 0, \"torder\": 0}";
    // scipy.ndimage.gaussian_filter(a, [1, 1], order=0, mode='constant'): the depth pass is truncated
    // to int64 before the time pass (one truncation at the end would give 5 at [0][0], [1][0], [1][1])
    assertRows(DType.INT64, new double[][] {{4, 4, 2, 0, 0}, {4, 4, 0, -3, -2}, {2, 3, 0, -4, -4}, {1, 1, 0, -3, -2}},
        one(ints(DType.INT64), node));
    double[][] f32 = {
        {-1.5301357507705688, -0.47775328159332275, -0.978519082069397, -0.8088372349739075, 1.0608986616134644},
        {-0.8075346946716309, -0.03252170607447624, 0.8843898773193359, -0.5836004614830017, -0.11170195043087006},
        {0.11046414077281952, 0.06378177553415298, -1.2250558137893677, 0.07614023238420486, 1.3588234186172485},
        {-1.5471446514129639, 0.859382688999176, 0.11935402452945709, -0.6414703726768494, 2.0004165172576904}};
    // float32: the depth pass rounded to float32 (rounding once at the end differs in row 2 and at [3][4])
    assertRows(DType.FLOAT32, new double[][] {
        {-0.38315972685813904, -0.3529011905193329, -0.27247580885887146, -0.14124701917171478, 0.0649072453379631},
        {-0.3263190686702728, -0.27113956212997437, -0.19857124984264374, -0.0694151222705841, 0.1414889395236969},
        {-0.2117103785276413, -0.1518268585205078, -0.12158160656690598, 0.06786736100912094, 0.33117160201072693},
        {-0.1820642203092575, -0.07311565428972244, -0.03597738966345787, 0.13019299507141113, 0.3734574317932129}},
        one(NdArray.fromRows(DType.FLOAT32, f32), node));
  }

  @Test
  void sobelConvolveCorrelateAndMedianKeepIntegerTypes() {
    assertRows(DType.INT64, new double[][] {
        {-10, -8, -61, -95, -66}, {-69, 1, -8, -65, -47}, {-25, -33, 18, 32, 20}, {34, -42, -35, 2, 1}},
        one(ints(DType.INT64), "{\"name\": \"sobel\", \"uid\": 1, \"in_uid\": 0, \"axis\": 0, \"mode\": \"reflect\"}"));
    // float weights: truncated toward zero (11.5 -> 11, -18.25 -> -18)
    assertRows(DType.INT64, new double[][] {
        {11, -18, -2, -5, -10}, {20, -11, -44, -1, 23}, {6, 27, -38, -20, 24}, {-15, -1, -1, -13, 16}},
        one(ints(DType.INT64), "{\"name\": \"convolve\", \"uid\": 1, \"in_uid\": 0, \"coeffs\": [[0.5, 0, -0.25], [1, 0, -1]]}"));
    assertRows(DType.INT32, new double[][] {
        {10, 6, 3, 6, 5}, {6, 7, 0, -8, -7}, {-5, 1, 9, -1, -6}, {7, 0, -1, -1, -5}},
        one(ints(DType.INT32), "{\"name\": \"correlate\", \"uid\": 1, \"in_uid\": 0, \"coeffs\": [[0.3, 0.3]], \"mode\": \"nearest\"}"));
    assertRows(DType.INT64, new double[][] {
        {13, 7, 7, 3, 3}, {11, 11, 7, -1, -1}, {11, 11, -11, -8, -8}, {12, 11, -15, -2, -2}},
        one(ints(DType.INT64), "{\"name\": \"median_filter\", \"uid\": 1, \"in_uid\": 0}"));
  }

  @Test
  void medianFilterTakesOneDimensionalInput() {
    Map<Integer, NdArray> r = run(input("A"), input("A_xaxis"),
        "{\"name\": \"peak_to_peak\", \"uid\": 1, \"in_uid\": 0}",
        "{\"name\": \"median_filter\", \"uid\": 2, \"in_uid\": 1}");
    double[] v = r.get(1).realData();
    NdArray m = r.get(2);
    assertEquals(DType.FLOAT64, m.dtype());
    assertArrayEquals(new int[] {v.length}, m.shape());
    for (int i = 0; i < v.length; i++) { // a window of 3, mode reflect: d c b a | a b c d | d c b a
      double[] w = {v[Math.max(i - 1, 0)], v[i], v[Math.min(i + 1, v.length - 1)]};
      java.util.Arrays.sort(w);
      assertEquals(w[1], m.re(i), "sample " + i);
    }
  }

  @Test
  void wienerGivesFloat64() {
    double[][] f32 = {{1.5, 2.25, -3.0, 4.125, 0.5, -1.0}, {2.0, -0.5, 1.0, 3.5, -2.25, 0.75},
        {0.25, 1.75, -1.5, 2.5, 3.0, -0.125}, {-2.0, 0.5, 2.75, -1.25, 1.0, 2.0}};
    NdArray w = one(NdArray.fromRows(DType.FLOAT32, f32), "{\"name\": \"wiener\", \"uid\": 1, \"in_uid\": 0, \"xdir\": 3, \"tdir\": 3}");
    // scipy.signal.wiener(a.astype(float32), [3, 3]); these values are exact in float32, so its
    // float32 squares (im**2) are exact too and the float64 results agree to round-off
    double[][] expected = {
        {0.58333333, 0.36111111, -0.63698117, 2.07236063, 0.59134372, -0.22222222},
        {0.80555556, 0.36124082, 1.06659417, 2.36601371, -0.06938061, 0.09722222},
        {0.22222222, 0.47222222, 0.77297627, 1.52690972, 1.44505278, 0.48611111},
        {0.05555556, 0.19444444, 0.52777778, 0.72222222, 0.79166667, 0.65277778}};
    assertEquals(DType.FLOAT64, w.dtype());
    for (int i = 0; i < 4; i++) assertArrayEquals(expected[i], w.row(i), 5e-9, "row " + i);
    assertEquals(DType.FLOAT64, one(ints(DType.INT32), "{\"name\": \"wiener\", \"uid\": 1, \"in_uid\": 0}").dtype());
  }

  @Test
  void analyticSignalOfComplex64IsComplex64() {
    // numpy 2: fft(A32, axis=0) is complex64, times distpy's complex64 estimator: complex64
    Map<Integer, NdArray> r = run(input("A32"), input("A_xaxis"),
        "{\"name\": \"fft\", \"uid\": 1, \"in_uid\": 0, \"axis\": 0}",
        "{\"name\": \"analytic_signal\", \"uid\": 2, \"in_uid\": 1}");
    NdArray z = r.get(2);
    assertEquals(DType.COMPLEX64, r.get(1).dtype());
    assertEquals(DType.COMPLEX64, z.dtype());
    double tol = 1e-6 * 410.93454; // the analytic_signal class (specs/distpy.md §5), of the largest magnitude
    int[][] at = {{11, 40}, {29, 39}, {3, 33}, {15, 47}};
    double[][] numpy = {{410.88507080078125, 6.37563419342041}, {-129.02867126464844, 140.364990234375},
        {-123.48332214355469, -73.6790542602539}, {48.3299560546875, -93.42717742919922}};
    for (int k = 0; k < at.length; k++) {
      assertEquals(numpy[k][0], z.get(at[k][0], at[k][1]), tol);
      assertEquals(numpy[k][1], z.getIm(at[k][0], at[k][1]), tol);
    }
  }

  @Test
  void analyticSignalAxisMinusOneUsesThePrfAsDistpy() {
    // agnostic_analytic_signal(fft(A, axis=1), 200, fs=prf (axis != 1), 64, axis=-1)
    Map<Integer, NdArray> r = run(input("A"), input("A_xaxis"),
        "{\"name\": \"fft\", \"uid\": 1, \"in_uid\": 0}",
        "{\"name\": \"analytic_signal\", \"uid\": 2, \"in_uid\": 1, \"axis\": -1}",
        "{\"name\": \"analytic_signal\", \"uid\": 3, \"in_uid\": 1}");
    NdArray z = r.get(2);
    assertEquals(DType.COMPLEX128, z.dtype());
    int[][] at = {{0, 0}, {3, 250}, {17, 123}, {31, 499}};
    double[][] numpy = {{-0.0005344064812813321, 0.0016421558144752932}, {1.019957869101146, 0.33140425159178677},
        {0.04121536131869046, 0.04725726695109516}, {-0.0009777042061213774, 0.0039735607844691954}};
    for (int k = 0; k < at.length; k++) {
      assertEquals(numpy[k][0], z.get(at[k][0], at[k][1]), 1e-6 * Math.abs(numpy[k][0]));
      assertEquals(numpy[k][1], z.getIm(at[k][0], at[k][1]), 1e-6 * Math.abs(numpy[k][1]));
    }
    assertNotEquals(r.get(3), z); // axis 1 uses |dx| = 1.02
  }

  @Test
  void dipFilterVelocityZeroIsAValidationError() {
    GraphValidationException e = assertThrows(GraphValidationException.class,
        () -> one(input("A"), "{\"name\": \"dip_filter\", \"uid\": 1, \"in_uid\": 0, \"velocity\": 0}"));
    assertEquals("case: 1 problem: node uid 1 'dip_filter': velocity must be an apparent velocity in m/s below or"
        + " above 0 (negative: the opposite dip), got 0.0 (distpy divides by it: NaN everywhere)", e.getMessage());
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;
import java.util.SplittableRandom;

/**
 * distpy {@code kmeans} (KMeansCommand, sklearn.cluster.KMeans(n_clusters).fit(X).labels_): with
 * one input the rows are the samples and the columns the features, labels {@code (nx,)}; with
 * gathered inputs every array is flattened into one feature column ({@code g0, g1, ..., in}),
 * truncated to the smallest size, and the labels take the smallest array's shape. int32 labels.
 * Lloyd's algorithm from k-means++ seeds, the best of 50 starts by inertia (sklearn 1.2: 10);
 * distpy's runs are not reproducible (random initialisation without a seed), so partitions are
 * comparable, label numbers are not. Fathom seeds with 0: the same input gives the same labels.
 */
final class KMeans extends AbstractCommand {
  private static final int STARTS = 50;
  private static final int MAX_ITER = 300;

  KMeans() {
    super("kmeans", "k-means cluster labels of the rows (or, with gathered inputs, of the samples), int32",
        GatherUse.OPTIONAL,
        ParamSpec.optional("n_clusters", ParamType.INT, 10, "number of clusters").atLeast(1));
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    double[][] x;
    int[] shape;
    if (in.gathered().isEmpty()) {
      NdArray a = Inputs.requireReal(Inputs.require2d(in.primary(), name()), name());
      x = a.toRows();
      shape = new int[] {a.rows()};
    } else {
      NdArray smallest = in.primary();
      for (NdArray g : in.gathered()) if (g.size() < smallest.size()) smallest = g;
      int n = smallest.size();
      int f = in.gathered().size() + 1;
      x = new double[n][f];
      for (int c = 0; c < f; c++) {
        NdArray col = Inputs.requireReal(c < f - 1 ? in.gathered().get(c) : in.primary(), name());
        for (int i = 0; i < n; i++) x[i][c] = col.re(i);
      }
      shape = smallest.shape();
    }
    for (double[] row : x) {
      for (double v : row) if (!Double.isFinite(v)) throw new CommandException("kmeans needs finite values (as sklearn)");
    }
    int k = p.getInt("n_clusters");
    if (k > x.length) throw new CommandException(x.length + " samples cannot form " + k + " clusters");
    return NdArray.wrap(DType.INT32, shape, best(x, k, new SplittableRandom(0)));
  }

  private static double[] best(double[][] x, int k, SplittableRandom rnd) {
    double tol = 1e-4 * meanVariance(x);
    double bestInertia = Double.POSITIVE_INFINITY;
    int[] bestLabels = null;
    for (int s = 0; s < STARTS; s++) {
      double[][] c = seeds(x, k, rnd);
      int[] labels = new int[x.length];
      for (int it = 0; it < MAX_ITER; it++) {
        assign(x, c, labels);
        double shift = update(x, c, labels, k);
        if (shift <= tol) break;
      }
      double inertia = assign(x, c, labels);
      if (inertia < bestInertia) {
        bestInertia = inertia;
        bestLabels = labels.clone();
      }
    }
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) out[i] = bestLabels[i];
    return out;
  }

  /** k-means++: the first centre uniformly, the next ones with probability proportional to D². */
  private static double[][] seeds(double[][] x, int k, SplittableRandom rnd) {
    double[][] c = new double[k][];
    c[0] = x[rnd.nextInt(x.length)].clone();
    double[] d2 = new double[x.length];
    for (int i = 0; i < x.length; i++) d2[i] = dist2(x[i], c[0]);
    for (int j = 1; j < k; j++) {
      double total = 0;
      for (double d : d2) total += d;
      double r = rnd.nextDouble() * total;
      int pick = 0;
      for (double acc = d2[0]; acc < r && pick < x.length - 1; acc += d2[++pick]) { }
      c[j] = x[pick].clone();
      for (int i = 0; i < x.length; i++) d2[i] = Math.min(d2[i], dist2(x[i], c[j]));
    }
    return c;
  }

  /** Nearest centre per sample; returns the inertia (sum of squared distances). */
  private static double assign(double[][] x, double[][] c, int[] labels) {
    double inertia = 0;
    for (int i = 0; i < x.length; i++) {
      int best = 0;
      double bd = Double.POSITIVE_INFINITY;
      for (int j = 0; j < c.length; j++) {
        double d = dist2(x[i], c[j]);
        if (d < bd) {
          bd = d;
          best = j;
        }
      }
      labels[i] = best;
      inertia += bd;
    }
    return inertia;
  }

  /** Moves each centre to its samples' mean (empty clusters keep theirs); returns the squared shift. */
  private static double update(double[][] x, double[][] c, int[] labels, int k) {
    int f = x[0].length;
    double[][] sum = new double[k][f];
    int[] n = new int[k];
    for (int i = 0; i < x.length; i++) {
      n[labels[i]]++;
      for (int d = 0; d < f; d++) sum[labels[i]][d] += x[i][d];
    }
    double shift = 0;
    for (int j = 0; j < k; j++) {
      if (n[j] == 0) continue;
      for (int d = 0; d < f; d++) sum[j][d] /= n[j];
      shift += dist2(sum[j], c[j]);
      c[j] = sum[j];
    }
    return shift;
  }

  private static double meanVariance(double[][] x) {
    int f = x[0].length;
    double total = 0;
    for (int d = 0; d < f; d++) {
      double m = 0;
      for (double[] r : x) m += r[d];
      m /= x.length;
      double v = 0;
      for (double[] r : x) v += (r[d] - m) * (r[d] - m);
      total += v / x.length;
    }
    return total / f;
  }

  private static double dist2(double[] a, double[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) s += (a[d] - b[d]) * (a[d] - b[d]);
    return s;
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.ParamSpec;
import dev.fathom.graph.ParamType;
import dev.fathom.graph.Params;

/**
 * distpy {@code kmeans} (KMeansCommand, sklearn.cluster.KMeans(n_clusters).fit(X).labels_): with
 * one input the rows are the samples and the columns the features, labels {@code (nx,)}; with
 * gathered inputs every array is flattened into one feature column ({@code g0, g1, ..., in}),
 * truncated to the smallest size, and the labels take the smallest array's shape. int32 labels.
 * Clustered by fathom-dsp's {@link dev.fathom.dsp.cluster.KMeans} (scikit-learn 1.2's algorithm
 * and defaults: greedy k-means++, 10 runs, its stopping rule) seeded with 0: the same input gives
 * the same labels. distpy's runs are not reproducible (no seed), so partitions are comparable,
 * label numbers are not; here labels are numbered by first appearance.
 */
final class KMeans extends AbstractCommand {
  /** The seed of every run: labels are reproducible. */
  static final long SEED = 0;

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
    int[] labels;
    try {
      labels = dev.fathom.dsp.cluster.KMeans.fit(x, p.getInt("n_clusters"), SEED, ctx.threads()).labels();
    } catch (IllegalArgumentException e) {
      throw new CommandException(e.getMessage() + " (sklearn raises too)", e);
    }
    double[] out = new double[labels.length];
    for (int i = 0; i < out.length; i++) out[i] = labels[i];
    return NdArray.wrap(DType.INT32, shape, out);
  }
}

package dev.fathom.dsp.cluster;

import dev.fathom.dsp.Parallel;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means clustering of the rows of {@code x} (samples) in the space of its columns (features),
 * following scikit-learn 1.2's {@code KMeans(n_clusters)} with its defaults: data centred on the
 * feature means; {@code n_init = 10} runs, each seeded by greedy k-means++ ({@code 2 + ln k} trial
 * candidates per centre, drawn with probability proportional to the squared distance to the
 * nearest centre so far; Arthur &amp; Vassilvitskii 2007, "k-means++: the advantages of careful
 * seeding") and refined by Lloyd iterations (at most 300) until the labels stop changing or the
 * centres move by at most {@code tol = 1e-4 × mean feature variance} (sum of squared shifts); an
 * empty cluster takes the sample farthest from its centre; the run with the lowest inertia (sum
 * of squared distances to the assigned centre) wins.
 *
 * <p>The random numbers are {@link SplittableRandom}'s from the given seed, not numpy's, so the
 * partition is reproducible but may differ from scikit-learn's where k-means has several local
 * optima. Labels are numbered in order of first appearance (sample 0 has label 0).
 */
public final class KMeans {
  /** scikit-learn 1.2's default number of seeded runs. */
  public static final int N_INIT = 10;
  /** scikit-learn's default iteration limit per run. */
  public static final int MAX_ITER = 300;
  /** scikit-learn's default relative tolerance. */
  public static final double TOL = 1e-4;

  private KMeans() {}

  /**
   * A clustering.
   *
   * @param labels cluster of every sample, {@code 0 … k−1} in order of first appearance
   * @param centres cluster means {@code [k][features]}, indexed by label, in the input's units
   * @param inertia sum of squared distances of the samples to their centres
   */
  public record Result(int[] labels, double[][] centres, double inertia) {}

  /** {@code KMeans(n_clusters=k).fit(x)} with scikit-learn's defaults (see the class comment). */
  public static Result fit(double[][] x, int k, long seed, int threads) {
    return fit(x, k, N_INIT, MAX_ITER, TOL, seed, threads);
  }

  /**
   * k-means with explicit settings.
   *
   * @param x samples {@code [n][features]}, finite
   * @param k clusters, {@code 1 <= k <= n}
   * @param tol relative tolerance (times the mean feature variance) on the squared centre shift
   */
  public static Result fit(double[][] x, int k, int nInit, int maxIter, double tol, long seed, int threads) {
    int n = x.length;
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("n_clusters must be in [1, " + n + "] for " + n + " samples, got " + k);
    }
    int d = dev.fathom.dsp.Axes.checkRectangular(x);
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int f = 0; f < d; f++) {
        mean[f] += row[f];
      }
    }
    double tolAbs = 0;
    double[][] centred = new double[n][d];
    for (int f = 0; f < d; f++) {
      mean[f] /= n;
      double var = 0;
      for (int i = 0; i < n; i++) {
        double v = x[i][f] - mean[f];
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("k-means needs finite values, sample " + i + " feature " + f + " is " + x[i][f]);
        }
        centred[i][f] = v;
        var += v * v;
      }
      tolAbs += var / n;
    }
    tolAbs = d == 0 ? 0 : tolAbs / d * tol;
    SplittableRandom random = new SplittableRandom(seed);
    Run best = null;
    for (int r = 0; r < nInit; r++) {
      Run run = lloyd(centred, plusPlus(centred, k, random), maxIter, tolAbs, threads);
      if (best == null || run.inertia < best.inertia) {
        best = run;
      }
    }
    return best.result(mean);
  }

  /** Greedy k-means++ seeding (scikit-learn's {@code _kmeans_plusplus}). */
  static double[][] plusPlus(double[][] x, int k, SplittableRandom random) {
    int n = x.length;
    int trials = 2 + (int) Math.log(k);
    double[][] centres = new double[k][];
    centres[0] = x[random.nextInt(n)].clone();
    double[] closest = new double[n];
    for (int i = 0; i < n; i++) {
      closest[i] = distance2(x[i], centres[0]);
    }
    for (int c = 1; c < k; c++) {
      double[] cumulative = new double[n];
      double pot = 0;
      for (int i = 0; i < n; i++) {
        pot += closest[i];
        cumulative[i] = pot;
      }
      double bestPot = Double.POSITIVE_INFINITY;
      double[] bestDistances = null;
      int bestId = 0;
      for (int t = 0; t < trials; t++) {
        int id = firstAtLeast(cumulative, random.nextDouble() * pot);
        double[] dist = new double[n];
        double candidatePot = 0;
        for (int i = 0; i < n; i++) {
          dist[i] = Math.min(closest[i], distance2(x[i], x[id]));
          candidatePot += dist[i];
        }
        if (candidatePot < bestPot) {
          bestPot = candidatePot;
          bestDistances = dist;
          bestId = id;
        }
      }
      centres[c] = x[bestId].clone();
      closest = bestDistances;
    }
    return centres;
  }

  /** One Lloyd run from {@code centres} (modified). */
  private static Run lloyd(double[][] x, double[][] centres, int maxIter, double tolAbs, int threads) {
    int n = x.length;
    int k = centres.length;
    int[] labels = new int[n];
    double[] dist = new double[n];
    assign(x, centres, labels, dist, threads);
    for (int iter = 0; iter < maxIter; iter++) {
      double[][] updated = means(x, labels, dist, k);
      double shift = 0;
      for (int c = 0; c < k; c++) {
        shift += distance2(updated[c], centres[c]);
      }
      int[] previous = labels.clone();
      centres = updated;
      assign(x, centres, labels, dist, threads);
      if (Arrays.equals(previous, labels) || shift <= tolAbs) {
        break;
      }
    }
    double inertia = 0;
    for (double v : dist) {
      inertia += v;
    }
    return new Run(labels, centres, inertia);
  }

  /** Nearest centre of every sample (first of equals) and the squared distance to it. */
  private static void assign(double[][] x, double[][] centres, int[] labels, double[] dist, int threads) {
    Parallel.forRange(x.length, threads, (from, to) -> {
      for (int i = from; i < to; i++) {
        int label = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
          double d2 = distance2(x[i], centres[c]);
          if (d2 < best) {
            best = d2;
            label = c;
          }
        }
        labels[i] = label;
        dist[i] = best;
      }
    });
  }

  /** Cluster means; an empty cluster takes the not yet taken sample farthest from its centre. */
  private static double[][] means(double[][] x, int[] labels, double[] dist, int k) {
    int d = x[0].length;
    double[][] sums = new double[k][d];
    int[] counts = new int[k];
    for (int i = 0; i < x.length; i++) {
      counts[labels[i]]++;
      double[] s = sums[labels[i]];
      for (int f = 0; f < d; f++) {
        s[f] += x[i][f];
      }
    }
    boolean[] taken = new boolean[x.length];
    for (int c = 0; c < k; c++) {
      if (counts[c] == 0) {
        int far = -1;
        for (int i = 0; i < x.length; i++) {
          if (!taken[i] && (far < 0 || dist[i] > dist[far])) {
            far = i;
          }
        }
        taken[far] = true;
        sums[c] = x[far].clone();
        counts[c] = 1;
      } else {
        for (int f = 0; f < d; f++) {
          sums[c][f] /= counts[c];
        }
      }
    }
    return sums;
  }

  /** The first index whose cumulative value is {@code >= v} ({@code numpy.searchsorted}, clipped). */
  private static int firstAtLeast(double[] cumulative, double v) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double distance2(double[] a, double[] b) {
    double s = 0;
    for (int f = 0; f < a.length; f++) {
      double t = a[f] - b[f];
      s += t * t;
    }
    return s;
  }

  private record Run(int[] labels, double[][] centres, double inertia) {
    /** Labels renumbered by first appearance; centres moved back by {@code mean}. */
    Result result(double[] mean) {
      int k = centres.length;
      int[] rename = new int[k];
      Arrays.fill(rename, -1);
      int next = 0;
      int[] out = new int[labels.length];
      for (int i = 0; i < labels.length; i++) {
        if (rename[labels[i]] < 0) {
          rename[labels[i]] = next++;
        }
        out[i] = rename[labels[i]];
      }
      for (int c = 0; c < k; c++) {
        if (rename[c] < 0) {
          rename[c] = next++;
        }
      }
      double[][] moved = new double[k][];
      for (int c = 0; c < k; c++) {
        moved[rename[c]] = centres[c].clone();
        for (int f = 0; f < mean.length; f++) {
          moved[rename[c]][f] += mean[f];
        }
      }
      return new Result(out, moved, inertia);
    }
  }
}

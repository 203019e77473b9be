package dev.fathom.dsp.fft;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forward FFTs of {@value #LANES} rows at once for lengths {@code 2^a·3^b·5^c}: an iterative,
 * in-place, decimation-in-time mixed-radix transform (radix 4, 2, 3, 5) whose vector dimension is
 * the row; real rows of even length {@code n} go through one complex transform of length {@code
 * n/2} (even samples as real part, odd ones as imaginary part) and a split pass. Inverse
 * transforms are forward ones of the conjugate. {@link Fft} and {@link BandEnergy} use it for
 * such lengths (up to {@link #MAX_WORK_BYTES} of work arrays per thread) and JTransforms for the
 * others.
 *
 * <h2>Layout</h2>
 *
 * A batch keeps complex element {@code j} of its rows in two small arrays {@code re[j][lane]} and
 * {@code im[j][lane]}. Every step of a butterfly is then a loop over the lanes that reads and
 * writes the same index of a few distinct arrays: the one shape HotSpot C2's superword pass turns
 * into AVX2 code on Java 17 (4 doubles per instruction). It does not vectorise a one-row FFT's
 * loops, which combine two offsets of one array, nor lane loops whose body is much larger than
 * {@code LoopUnrollLimit} (60 nodes): hence a radix-5 butterfly is five lane loops (two for
 * its four twiddles, a Winograd 5-point DFT per component, the final rotations), twiddle
 * multiplications are at most three per loop, and — a C2 17 quirk found by reading the generated
 * code — products are in {@code x·w} operand order and sums of squares scaled ({@code (p·p +
 * q·q)·0.25}), forms that it packs where mathematically equal ones are left scalar. The digit
 * reversal costs nothing: the stages work on a table of references {@code pr[p] = re[rev(p)]}, so
 * rows are loaded and results read in natural order.
 *
 * <h2>Memory</h2>
 *
 * A batch of 10 000-sample real rows is 5 MB, beyond L2; loads and passes are arranged so that
 * the data cross the cache hierarchy about three times per batch: rows are read in tiles (each
 * tile's cache lines first touched one per line, which lets the core issue the misses of 64 row
 * streams together — 2× faster than the plain transposition), the first stage runs on each tile
 * as it is loaded, the middle stages run depth first on blocks of {@link #BLOCK_BYTES}, and the
 * last stage runs together with the real split and the band sums ({@link #realPower}), one pair
 * of mirror butterflies at a time. Plans (twiddles, digit reversal) are shared; work arrays are
 * cached per thread.
 *
 * <h2>Why not JTransforms</h2>
 *
 * JTransforms 3.2 transforms one row at a time with scalar code (FFTPACK-style passes over an
 * interleaved array, a strided pass per factor), which no JIT vectorises. Measured on this
 * project's machine (2 shared cores, AMD EPYC with AVX2, OpenJDK 17.0.15; CPU time of the working
 * threads; 2026-11-21):
 *
 * <ul>
 *   <li>complex FFT of 5000 points: 27 µs per row here, 68 µs in JTransforms (best of 10);
 *   <li>real FFT of 10 000 points: JTransforms 89 µs per row ({@code realForward}) or 80 µs per
 *       row when two rows share one complex FFT (the previous {@link BandEnergy} fast path);
 *   <li>noise-log chunk, 5000 × 10 000 float32 ({@link dev.fathom.dsp.bench.NoiseLogBenchmark},
 *       medians): {@link BandEnergy#totalEnergyOfSignal} 0.20–0.28 s CPU per chunk, against
 *       0.57 s with the JTransforms path it replaces; 0.105–0.12 s wall on 2 threads (0.28–0.30 s
 *       before). Per row: ≈11.5 µs loading with the first stage (the chunk is 200 MB; one pass
 *       that only reads it takes 2.4 µs per row), ≈28.5 µs for the other stages, the real split,
 *       the power and the band sums.
 * </ul>
 *
 * <p>All arithmetic is float64; each row is transformed on its own (lanes never mix), so results
 * do not depend on the other rows of a batch nor on the thread count, and they equal a direct DFT
 * to a few ulps of the row's norm times {@code log n} (≈1e-15 relative), like JTransforms'.
 */
final class BatchFft {
  /**
   * Rows transformed together. C2 runs each lane loop as a scalar pre-loop (alignment), an
   * unrolled AVX2 loop and a scalar post-loop; 64 lanes keep the scalar parts small (32 cost
   * ≈10% more per row).
   */
  static final int LANES = 64;

  /** Complex elements per row that a loader reads at a time (a tile of the transposition). */
  private static final int TILE = 64;

  /** Bytes of one complex element of a batch (two lane arrays with their headers). */
  private static final int BYTES_PER_ELEMENT = 2 * (16 + 8 * LANES);

  /** Blocks of the transform larger than this are done depth first (a quarter of a 1 MB L2). */
  private static final long BLOCK_BYTES = 256 * 1024;

  /** Longest transform handled here: its work arrays per thread stay below this. */
  static final long MAX_WORK_BYTES = 64L << 20;

  private static final ConcurrentHashMap<Integer, Plan> PLANS = new ConcurrentHashMap<>();

  /** Per thread, the work arrays of the two lengths used last (most recent first). */
  private static final ThreadLocal<Work[]> WORK = ThreadLocal.withInitial(() -> new Work[2]);

  private static final double S5A = Math.sin(2 * Math.PI / 5);
  private static final double S5B = Math.sin(4 * Math.PI / 5);
  private static final double S3 = Math.sqrt(0.75);
  private static final double R5 = Math.sqrt(5) / 4;

  private BatchFft() {}

  /**
   * Whether a complex transform of length {@code n} is handled here: {@code n = 2^a·3^b·5^c} and
   * its work arrays fit {@link #MAX_WORK_BYTES}.
   */
  static boolean supportsComplex(int n) {
    if (n < 1 || (long) n * BYTES_PER_ELEMENT > MAX_WORK_BYTES) {
      return false;
    }
    for (int f : new int[] {2, 3, 5}) {
      while (n % f == 0) {
        n /= f;
      }
    }
    return n == 1;
  }

  /** Whether a real transform of length {@code n} is handled here (even, {@code n/2} supported). */
  static boolean supportsReal(int n) {
    return n >= 2 && n % 2 == 0 && supportsComplex(n / 2);
  }

  /**
   * Whether {@link BandEnergy} and {@link Fft} use this kernel for real rows of length {@code n}:
   * {@link #supportsReal} and not switched off by {@code -Dfathom.dsp.batchfft=false} (read at
   * every call, so that a benchmark can compare both paths in one run).
   */
  static boolean usable(int n) {
    return supportsReal(n) && enabled();
  }

  /** As {@link #usable} for complex rows of length {@code n}. */
  static boolean usableComplex(int n) {
    return supportsComplex(n) && enabled();
  }

  private static boolean enabled() {
    return !"false".equals(System.getProperty("fathom.dsp.batchfft"));
  }

  /**
   * Whether a group of {@code rows} rows is worth a batch: with fewer than half the lanes used, a
   * JTransforms transform per row costs less.
   */
  static boolean worthBatch(int rows) {
    return 2 * rows >= LANES;
  }

  /** Plan of a complex transform of length {@code n}, shared by all threads. */
  static Plan plan(int n) {
    if (!supportsComplex(n)) {
      throw new IllegalArgumentException("length " + n + " is not 2^a·3^b·5^c or too long");
    }
    return PLANS.computeIfAbsent(n, Plan::new);
  }

  /** This thread's work arrays for complex length {@code n}. */
  static Work work(int n) {
    Work[] cache = WORK.get();
    if (cache[0] != null && cache[0].plan.size == n) {
      return cache[0];
    }
    Work w = cache[1] != null && cache[1].plan.size == n ? cache[1] : new Work(plan(n));
    cache[1] = cache[0];
    cache[0] = w;
    return w;
  }

  // ------------------------------------------------------------------------------------ plan

  /** Radices, twiddles and digit reversal of one complex length. Immutable. */
  static final class Plan {
    final int size;
    /** Radix of each stage, first stage (smallest sub-transforms) first. */
    final int[] radix;
    /** {@code span[t]}: length of the sub-transforms stage {@code t} combines (span[0] = 1). */
    final int[] span;
    /** Per stage, twiddle {@code ω_L^{q·j}} ({@code L = r·m}) at {@code (j·(r−1) + q−1)}. */
    final double[][] twr;
    final double[][] twi;
    /** Natural index of the element at position {@code p} before the first stage. */
    final int[] rev;
    /**
     * Twiddles of the real transform of length {@code 2·size} built on this one: {@code
     * −i·exp(−iπk/size)} for {@code k = 0…size/2}.
     */
    final double[] hr;
    final double[] hi;

    Plan(int n) {
      size = n;
      hr = new double[n / 2 + 1];
      hi = new double[n / 2 + 1];
      for (int k = 0; k <= n / 2; k++) {
        double ang = -Math.PI * k / n;
        hr[k] = Math.sin(ang);
        hi[k] = -Math.cos(ang);
      }
      int[] fs = new int[32];
      int s = 0;
      int rest = n;
      while (rest % 4 == 0) {
        fs[s++] = 4;
        rest /= 4;
      }
      while (rest % 2 == 0) {
        fs[s++] = 2;
        rest /= 2;
      }
      while (rest % 3 == 0) {
        fs[s++] = 3;
        rest /= 3;
      }
      while (rest % 5 == 0) {
        fs[s++] = 5;
        rest /= 5;
      }
      radix = java.util.Arrays.copyOf(fs, s);
      span = new int[s + 1];
      span[0] = 1;
      for (int t = 0; t < s; t++) {
        span[t + 1] = span[t] * radix[t];
      }
      twr = new double[s][];
      twi = new double[s][];
      int m = 1;
      for (int t = 0; t < s; t++) {
        int r = radix[t];
        int len = m * r;
        twr[t] = new double[m * (r - 1)];
        twi[t] = new double[m * (r - 1)];
        for (int j = 0; j < m; j++) {
          for (int q = 1; q < r; q++) {
            long e = (long) q * j % len;
            double ang = -2 * Math.PI * e / len;
            twr[t][j * (r - 1) + q - 1] = Math.cos(ang);
            twi[t][j * (r - 1) + q - 1] = Math.sin(ang);
          }
        }
        m = len;
      }
      rev = new int[n];
      for (int p = 0; p < n; p++) {
        int x = 0;
        int stride = 1;
        int block = n;
        int remainder = p;
        for (int t = s - 1; t >= 0; t--) {
          block /= radix[t];
          int q = remainder / block;
          remainder %= block;
          x += stride * q;
          stride *= radix[t];
        }
        rev[p] = x;
      }
    }
  }

  /**
   * One thread's batch: complex element {@code j} of lane {@code b} is {@code (re[j][b],
   * im[j][b])} in natural order; {@code pr}/{@code pi} view the same arrays in the transform's
   * position order ({@code pr[p] = re[rev[p]]}), so after {@link #forward} bin {@code k} is {@code
   * (pr[k][b], pi[k][b])}.
   */
  static final class Work {
    final Plan plan;
    final double[][] re;
    final double[][] im;
    final double[][] pr;
    final double[][] pi;
    /** Bin {@code n} of a real transform of length {@code 2n} (see {@link #realSpectrum}). */
    final double[] nyqr = new double[LANES];
    final double[] nyqi = new double[LANES];
    /** Stages of the transform already applied to the loaded data. */
    int done;
    /** Sinks for the power of bins outside every band. */
    final double[] discard = new double[LANES];
    final double[] discard2 = new double[LANES];
    /**
     * The rows being loaded, one per lane (the last one repeated in unused lanes): lane {@code b}
     * reads {@code floatRows[b][floatOffsets[b] + k]}.
     */
    private final float[][] floatRows = new float[LANES][];
    private final int[] floatOffsets = new int[LANES];
    private final double[][] doubleRows = new double[LANES][];
    /** Keeps the loaders' cache-warming reads alive. */
    float sink;

    Work(Plan plan) {
      this.plan = plan;
      int n = plan.size;
      re = new double[n][LANES];
      im = new double[n][LANES];
      pr = new double[n][];
      pi = new double[n][];
      for (int p = 0; p < n; p++) {
        pr[p] = re[plan.rev[p]];
        pi[p] = im[plan.rev[p]];
      }
    }
  }

  // ------------------------------------------------------------------------------- transform

  /**
   * Completes the forward DFT ({@code X[k] = Σ z[j]·exp(−2πi·jk/n)}) of every lane of {@code w},
   * in place: the stages not yet {@link Work#done}. Data written straight into {@code re/im}
   * need {@code w.done = 0} first.
   */
  static void forward(Work w) {
    forwardUpTo(w, w.plan.radix.length);
  }

  /** Applies stages {@code w.done…stages−1}. */
  private static void forwardUpTo(Work w, int stages) {
    int from = w.done;
    if (stages <= from) {
      return;
    }
    int size = w.plan.span[stages];
    for (int base = 0; base < w.plan.size; base += size) {
      forward(w, base, stages, from);
    }
    w.done = stages;
  }

  /**
   * Stages {@code from…count−1} on the positions {@code [base, base + span[count])}: depth
   * first, so that a block that does not fit {@link #BLOCK_BYTES} has its earlier stages done one
   * sub-block at a time, while the sub-block is in cache.
   */
  private static void forward(Work w, int base, int count, int from) {
    Plan plan = w.plan;
    int size = plan.span[count];
    if (count - 1 > from && (long) size * BYTES_PER_ELEMENT > BLOCK_BYTES) {
      int sub = plan.span[count - 1];
      for (int q = base; q < base + size; q += sub) {
        forward(w, q, count - 1, from);
      }
      stage(w, base, size, count - 1);
    } else {
      for (int t = from; t < count; t++) {
        stage(w, base, size, t);
      }
    }
  }

  /** Stage {@code t} (radix {@code r}, sub-transforms of {@code m} combined) on a block. */
  private static void stage(Work w, int base, int size, int t) {
    Plan plan = w.plan;
    int m = plan.span[t];
    int len = plan.span[t + 1];
    int end = base + size;
    for (int j = 0; j < m; j++) {
      for (int g = base + j; g < end; g += len) {
        butterfly(w.pr, w.pi, plan, t, g, j, m);
      }
    }
  }

  /**
   * Butterfly {@code j} of stage {@code t} on the elements {@code g + q·m} ({@code q < r}) of the
   * arrays {@code xr/xi} (positions with {@code m = span[t]}; natural indices with {@code m =
   * n/r} for the first stage, see {@link #firstStage}).
   */
  private static void butterfly(
      double[][] xr, double[][] xi, Plan plan, int t, int g, int j, int m) {
    double[] cr = plan.twr[t];
    double[] ci = plan.twi[t];
    switch (plan.radix[t]) {
      case 4:
        radix4(xr, xi, g, m, j == 0, cr, ci, 3 * j);
        break;
      case 2:
        if (j == 0) {
          bfly2(xr[g], xi[g], xr[g + m], xi[g + m]);
        } else {
          bfly2(xr[g], xi[g], xr[g + m], xi[g + m], cr[j], ci[j]);
        }
        break;
      case 3:
        radix3(xr, xi, g, m, j == 0, cr, ci, 2 * j);
        break;
      default:
        radix5(xr, xi, g, m, j == 0, cr, ci, 4 * j);
        break;
    }
  }

  // ------------------------------------------------------------------------------ loading

  /** Loads the lanes of the complex elements {@code [j0, j1)} of a batch. */
  @FunctionalInterface
  private interface RangeLoader {
    void load(int j0, int j1);
  }

  /**
   * Runs {@code loader} over all elements in tiles and applies the first stage to each tile as
   * soon as it is loaded (its butterfly {@code c} combines the elements {@code c + q·n/r}, which
   * the tile {@code c0 ≤ c < c1} holds for every {@code q}); lanes {@code [used, LANES)} are
   * zeroed.
   */
  private static void loadTiled(Work w, int used, RangeLoader loader) {
    Plan plan = w.plan;
    int n = plan.size;
    int r = plan.radix.length > 1 ? plan.radix[0] : 1;
    int h = n / r;
    for (int c0 = 0; c0 < h; c0 += TILE) {
      int c1 = Math.min(h, c0 + TILE);
      for (int q = 0; q < n; q += h) {
        loader.load(c0 + q, c1 + q);
      }
      firstStage(w, used, c0, c1, r, h);
    }
    w.done = r > 1 ? 1 : 0;
  }

  private static void firstStage(Work w, int used, int c0, int c1, int r, int h) {
    int n = w.plan.size;
    if (used < LANES) {
      for (int q = 0; q < n; q += h) {
        for (int j = c0 + q; j < c1 + q; j++) {
          Arrays.fill(w.re[j], used, LANES, 0.0);
          Arrays.fill(w.im[j], used, LANES, 0.0);
        }
      }
    }
    if (r > 1) {
      for (int c = c0; c < c1; c++) {
        butterfly(w.re, w.im, w.plan, 0, c, 0, h);
      }
    }
  }

  /**
   * Loads {@code rows} ({@code 1…LANES}) real rows of length {@code 2n} from {@code x[row0…]} as
   * the complex rows {@code z[j] = x[2j] + i·x[2j+1]}, widened to float64, and applies the first
   * stage; then {@link #realPower} or {@link #realSpectrum}.
   */
  static void loadRealPairs(float[][] x, int row0, int rows, Work w) {
    int n = w.plan.size;
    for (int b = 0; b < LANES; b++) {
      float[] row = x[row0 + Math.min(b, rows - 1)];
      if (row.length != 2 * n) {
        throw new IllegalArgumentException("ragged rows: " + 2 * n + " and " + row.length);
      }
      w.floatRows[b] = row;
      w.floatOffsets[b] = 0;
    }
    loadFloatLanes(w, rows);
  }

  /**
   * As {@link #loadRealPairs(float[][], int, int, Work)} for rows held one after the other in one
   * array (C order, as a 2-D float32 array is stored): row {@code i} is {@code data[i·2n …
   * (i+1)·2n)}. Reads straight from {@code data}: no row copies.
   */
  static void loadRealPairs(float[] data, int row0, int rows, Work w) {
    int nt = 2 * w.plan.size;
    if ((long) (row0 + rows) * nt > data.length) {
      throw new IllegalArgumentException(
          "rows " + row0 + "…" + (row0 + rows - 1) + " of " + nt + " samples exceed the " + data.length + " values");
    }
    if (rows < LANES) {
      for (int b = 0; b < LANES; b++) {
        w.floatRows[b] = data;
        w.floatOffsets[b] = (row0 + Math.min(b, rows - 1)) * nt;
      }
      loadFloatLanes(w, rows);
      return;
    }
    // a full batch: lane b reads data[base + b·nt + k], an index linear in b (no offset table)
    int base = row0 * nt;
    double[][] re = w.re;
    double[][] im = w.im;
    loadTiled(w, rows, (j0, j1) -> {
      float sink = w.sink;
      for (int b = 0; b < LANES; b++) {
        for (int k = base + b * nt + 2 * j0, end = base + b * nt + 2 * j1; k < end; k += 16) {
          sink += data[k];
        }
      }
      w.sink = sink;
      int j = j0;
      for (; j + 1 < j1; j += 2) {
        load2(data, base + 2 * j, nt, re[j], im[j], re[j + 1], im[j + 1]);
      }
      if (j < j1) {
        load1(data, base + 2 * j, nt, re[j], im[j]);
      }
    });
  }

  /** Loads the float32 rows set in {@link Work#floatRows} / {@link Work#floatOffsets}. */
  private static void loadFloatLanes(Work w, int rows) {
    float[][] src = w.floatRows;
    int[] off = w.floatOffsets;
    double[][] re = w.re;
    double[][] im = w.im;
    loadTiled(w, rows, (j0, j1) -> {
      // touch each cache line of the tile first: the misses of all rows overlap
      float sink = w.sink;
      for (int b = 0; b < rows; b++) {
        float[] row = src[b];
        for (int k = off[b] + 2 * j0, end = off[b] + 2 * j1; k < end; k += 16) {
          sink += row[k];
        }
      }
      w.sink = sink;
      int j = j0;
      for (; j + 1 < j1; j += 2) {
        load2(src, off, 2 * j, re[j], im[j], re[j + 1], im[j + 1]);
      }
      if (j < j1) {
        load1(src, off, 2 * j, re[j], im[j]);
      }
    });
    Arrays.fill(src, null);
  }

  /** As {@link #loadRealPairs(float[][], int, int, Work)} for float64 rows. */
  static void loadRealPairs(double[][] x, int row0, int rows, Work w) {
    loadComplexRows(x, row0, rows, false, w);
  }

  /**
   * Loads {@code rows} ({@code 1…LANES}) interleaved complex rows of length {@code n} ({@code
   * 2n} doubles) from {@code z[row0…]}, conjugated if {@code conj}, and applies the first stage.
   */
  static void loadComplexRows(double[][] z, int row0, int rows, boolean conj, Work w) {
    int n = w.plan.size;
    double[][] src = w.doubleRows;
    for (int b = 0; b < LANES; b++) {
      double[] row = z[row0 + Math.min(b, rows - 1)];
      if (row.length != 2 * n) {
        throw new IllegalArgumentException("ragged rows: " + 2 * n + " and " + row.length);
      }
      src[b] = row;
    }
    double[][] re = w.re;
    double[][] im = w.im;
    loadTiled(w, rows, (j0, j1) -> {
      float sink = w.sink;
      for (int b = 0; b < rows; b++) {
        double[] row = src[b];
        for (int k = 2 * j0; k < 2 * j1; k += 8) {
          sink += (float) row[k];
        }
      }
      w.sink = sink;
      int j = j0;
      for (; j + 1 < j1; j += 2) {
        load2(src, 2 * j, re[j], im[j], re[j + 1], im[j + 1]);
      }
      if (j < j1) {
        load1(src, 2 * j, re[j], im[j]);
      }
      if (conj) {
        for (int k = j0; k < j1; k++) {
          negate(im[k]);
        }
      }
    });
    Arrays.fill(src, null);
  }

  /**
   * Loads {@code cols} ({@code 1…LANES}) columns {@code col0…} of interleaved complex rows {@code
   * z} ({@code n} rows of {@code 2·ncols} doubles): element {@code i} of lane {@code b} is {@code
   * z[i][2(col0+b)] + i·z[i][2(col0+b)+1]}, conjugated if {@code conj}; applies the first stage.
   */
  static void loadComplexColumns(double[][] z, int col0, int cols, boolean conj, Work w) {
    double[][] re = w.re;
    double[][] im = w.im;
    double sign = conj ? -1 : 1;
    loadTiled(w, cols, (j0, j1) -> {
      for (int i = j0; i < j1; i++) {
        double[] row = z[i];
        double[] r = re[i];
        double[] m = im[i];
        for (int b = 0, o = 2 * col0; b < cols; b++, o += 2) {
          r[b] = row[o];
          m[b] = row[o + 1] * sign;
        }
      }
    });
  }

  /** Lanes of elements {@code j, j+1} ({@code o = 2j}) from the rows at their offsets. */
  private static void load2(
      float[][] src, int[] off, int o, double[] r0, double[] i0, double[] r1, double[] i1) {
    for (int b = 0; b < LANES; b++) {
      float[] row = src[b];
      int p = off[b] + o;
      r0[b] = row[p];
      i0[b] = row[p + 1];
      r1[b] = row[p + 2];
      i1[b] = row[p + 3];
    }
  }

  /** Lanes of elements {@code j, j+1} of rows {@code stride} apart in one array ({@code o}: lane 0's {@code 2j}). */
  private static void load2(
      float[] data, int o, int stride, double[] r0, double[] i0, double[] r1, double[] i1) {
    for (int b = 0; b < LANES; b++) {
      int p = o + b * stride;
      r0[b] = data[p];
      i0[b] = data[p + 1];
      r1[b] = data[p + 2];
      i1[b] = data[p + 3];
    }
  }

  private static void load1(float[] data, int o, int stride, double[] r0, double[] i0) {
    for (int b = 0; b < LANES; b++) {
      int p = o + b * stride;
      r0[b] = data[p];
      i0[b] = data[p + 1];
    }
  }

  private static void load1(float[][] src, int[] off, int o, double[] r0, double[] i0) {
    for (int b = 0; b < LANES; b++) {
      float[] row = src[b];
      int p = off[b] + o;
      r0[b] = row[p];
      i0[b] = row[p + 1];
    }
  }

  private static void load2(
      double[][] src, int o, double[] r0, double[] i0, double[] r1, double[] i1) {
    for (int b = 0; b < LANES; b++) {
      double[] row = src[b];
      r0[b] = row[o];
      i0[b] = row[o + 1];
      r1[b] = row[o + 2];
      i1[b] = row[o + 3];
    }
  }

  private static void load1(double[][] src, int o, double[] r0, double[] i0) {
    for (int b = 0; b < LANES; b++) {
      double[] row = src[b];
      r0[b] = row[o];
      i0[b] = row[o + 1];
    }
  }

  // ------------------------------------------------------------------------------ storing

  /** Bins per tile of the stores' transposition. */
  private static final int OUT_TILE = 32;

  /**
   * Stores the transformed complex rows (after {@link #forward}) as new interleaved rows {@code
   * out[row0 + b]} ({@code b < rows}), each bin times {@code scale}, conjugated if {@code conj}.
   */
  static void storeComplexRows(
      Work w, double[][] out, int row0, int rows, double scale, boolean conj) {
    int n = w.plan.size;
    double s = scale;
    double si = conj ? -scale : scale;
    for (int b = 0; b < rows; b++) {
      out[row0 + b] = new double[2 * n];
    }
    for (int k0 = 0; k0 < n; k0 += OUT_TILE) {
      int k1 = Math.min(n, k0 + OUT_TILE);
      for (int b = 0; b < rows; b++) {
        double[] row = out[row0 + b];
        for (int k = k0; k < k1; k++) {
          row[2 * k] = w.pr[k][b] * s;
          row[2 * k + 1] = w.pi[k][b] * si;
        }
      }
    }
  }

  /**
   * Stores the transformed columns (after {@link #forward} of {@link #loadComplexColumns}) into
   * columns {@code col0…col0+cols−1} of the interleaved rows {@code z}, times {@code scale},
   * conjugated if {@code conj}.
   */
  static void storeComplexColumns(
      Work w, double[][] z, int col0, int cols, double scale, boolean conj) {
    int n = w.plan.size;
    double si = conj ? -scale : scale;
    for (int k = 0; k < n; k++) {
      double[] row = z[k];
      double[] r = w.pr[k];
      double[] m = w.pi[k];
      for (int b = 0, o = 2 * col0; b < cols; b++, o += 2) {
        row[o] = r[b] * scale;
        row[o + 1] = m[b] * si;
      }
    }
  }

  /**
   * Stores the spectra left by {@link #realSpectrum} as new full (Hermitian) interleaved rows
   * {@code out[row0 + b]} of length {@code 2·nt} ({@code nt = 2n}), times {@code scale}.
   */
  static void storeRealSpectrum(Work w, double[][] out, int row0, int rows, double scale) {
    int n = w.plan.size;
    int nt = 2 * n;
    for (int b = 0; b < rows; b++) {
      double[] row = new double[2 * nt];
      row[2 * n] = w.nyqr[b] * scale;
      row[2 * n + 1] = w.nyqi[b] * scale;
      out[row0 + b] = row;
    }
    for (int k0 = 0; k0 < n; k0 += OUT_TILE) {
      int k1 = Math.min(n, k0 + OUT_TILE);
      for (int b = 0; b < rows; b++) {
        double[] row = out[row0 + b];
        for (int k = k0; k < k1; k++) {
          double re = w.pr[k][b] * scale;
          double im = w.pi[k][b] * scale;
          row[2 * k] = re;
          row[2 * k + 1] = im;
          if (k > 0) {
            row[2 * (nt - k)] = re;
            row[2 * (nt - k) + 1] = -im;
          }
        }
      }
    }
  }

  // -------------------------------------------------------------------------- real split

  /**
   * After {@link #loadRealPairs}: completes the transform {@code Z} of {@code z} and turns it
   * into the first half of the spectrum {@code X} of the real rows {@code x} (length {@code 2n}):
   * bin {@code k < n} ends up at position {@code k} ({@code (pr[k], pi[k])}), the Nyquist bin
   * {@code n} in {@code (nyqr, nyqi)}. With {@code A = Z[k]}, {@code B = conj(Z[n−k])}, {@code
   * E = A + B} and {@code T = −i·e^{−iπk/n}·(A − B)}: {@code X[k] = (E + T)/2} and {@code X[n−k] =
   * conj(E − T)/2}.
   */
  static void realSpectrum(Work w) {
    forward(w);
    Plan plan = w.plan;
    int n = plan.size;
    splitDc(w);
    if (n % 2 == 0) {
      negate(w.pi[n / 2]);
    }
    for (int k = 1; 2 * k < n; k++) {
      double[] ar = w.pr[k];
      double[] ai = w.pi[k];
      double[] br = w.pr[n - k];
      double[] bi = w.pi[n - k];
      halves(ar, ai, br, bi, plan.hr[k], plan.hi[k]);
      join(ar, ai, br, bi);
    }
  }

  /**
   * After {@link #loadRealPairs}: the power {@code |X[k]|²} of bins {@code k = 0…n} of the real
   * rows, left at {@code pr[k]} ({@code k < n}) and {@code nyqr} ({@code k = n}), and added to
   * lane sums: bin {@code k} into {@code acc[segA[k]]} and {@code acc[segB[k]]} where those are
   * {@code ≥ 0} (see {@link BandSegments}). The last stage of the transform, the split into the
   * real spectrum and the sums run together, one pair of mirror butterflies (their bins {@code k}
   * and {@code n−k}) at a time, while their elements are in cache.
   */
  static void realPower(Work w, int[] segA, int[] segB, double[][] acc) {
    Plan plan = w.plan;
    int n = plan.size;
    int stages = plan.radix.length;
    forwardUpTo(w, Math.max(0, stages - 1));
    if (w.done == stages) {
      // no stage left to fuse with (n = 1, or the transform was completed already)
      for (int k = 0; 2 * k <= n; k++) {
        powerPair(w, k, segA, segB, acc);
      }
      return;
    }
    int t = stages - 1;
    int r = plan.radix[t];
    int m = plan.span[t];
    for (int j = 0; 2 * j <= m; j++) {
      int j2 = (m - j) % m;
      butterfly(w.pr, w.pi, plan, t, j, j, m);
      if (j2 != j) {
        butterfly(w.pr, w.pi, plan, t, j2, j2, m);
      }
      // the bins of these butterflies are j + q·m and j2 + q·m; their partners n − k are too
      for (int q = 0; q < r; q++) {
        int k = j + q * m;
        if (2 * k <= n) {
          powerPair(w, k, segA, segB, acc);
        }
        int k2 = j2 + q * m;
        if (j2 != j && 2 * k2 <= n) {
          powerPair(w, k2, segA, segB, acc);
        }
      }
    }
    w.done = stages;
  }

  /**
   * Power of bins {@code k} and {@code n−k} ({@code 2k ≤ n}; {@code k = 0}: bins 0 and {@code n})
   * of the real spectrum from the complex transform, into place and into their sums.
   */
  private static void powerPair(Work w, int k, int[] segA, int[] segB, double[][] acc) {
    int n = w.plan.size;
    if (k == 0) {
      splitDc(w);
      square(w.pr[0], w.pi[0]);
      square(w.nyqr, w.nyqi);
      accumulate(w.pr[0], 0, segA, segB, acc);
      accumulate(w.nyqr, n, segA, segB, acc);
    } else if (2 * k == n) {
      // X[n/2] = conj(Z[n/2]): same power
      square(w.pr[k], w.pi[k]);
      accumulate(w.pr[k], k, segA, segB, acc);
    } else {
      double[] ar = w.pr[k];
      double[] ai = w.pi[k];
      double[] br = w.pr[n - k];
      double[] bi = w.pi[n - k];
      halves(ar, ai, br, bi, w.plan.hr[k], w.plan.hi[k]);
      int sk = segA[k];
      int sm = segA[n - k];
      if (sk >= 0 && sk == sm) {
        joinPowerAdd(ar, ai, br, bi, acc[sk], w.discard);
        add(acc[sk], br);
      } else {
        joinPowerAdd(ar, ai, br, bi, sk >= 0 ? acc[sk] : w.discard, sm >= 0 ? acc[sm] : w.discard2);
      }
      if (segB[k] >= 0) {
        add(acc[segB[k]], ar);
      }
      if (segB[n - k] >= 0) {
        add(acc[segB[n - k]], br);
      }
    }
  }

  private static void accumulate(double[] p, int k, int[] segA, int[] segB, double[][] acc) {
    if (segA[k] >= 0) {
      add(acc[segA[k]], p);
    }
    if (segB[k] >= 0) {
      add(acc[segB[k]], p);
    }
  }

  /** {@code X[0] = Re Z[0] + Im Z[0]} at position 0, {@code X[n] = Re Z[0] − Im Z[0]} in nyq. */
  private static void splitDc(Work w) {
    double[] z0r = w.pr[0];
    double[] z0i = w.pi[0];
    double[] nr = w.nyqr;
    double[] ni = w.nyqi;
    for (int b = 0; b < LANES; b++) {
      double r = z0r[b];
      double i = z0i[b];
      z0r[b] = r + i;
      z0i[b] = 0;
      nr[b] = r - i;
      ni[b] = 0;
    }
  }

  // ------------------------------------------------------------------------------- radices

  private static void radix4(
      double[][] xr, double[][] xi, int g, int m, boolean first, double[] cr, double[] ci, int tw) {
    int p1 = g + m;
    int p2 = p1 + m;
    int p3 = p2 + m;
    if (!first) {
      cmul3(xr[p1], xi[p1], xr[p2], xi[p2], xr[p3], xi[p3],
          cr[tw], ci[tw], cr[tw + 1], ci[tw + 1], cr[tw + 2], ci[tw + 2]);
    }
    dft4(xr[g], xi[g], xr[p1], xi[p1], xr[p2], xi[p2], xr[p3], xi[p3]);
  }

  private static void radix3(
      double[][] xr, double[][] xi, int g, int m, boolean first, double[] cr, double[] ci, int tw) {
    int p1 = g + m;
    int p2 = p1 + m;
    if (!first) {
      cmul2(xr[p1], xi[p1], xr[p2], xi[p2], cr[tw], ci[tw], cr[tw + 1], ci[tw + 1]);
    }
    // t1 = x1 + x2 -> slot 1, t2 = x1 - x2 -> slot 2
    bfly2(xr[p1], xi[p1], xr[p2], xi[p2]);
    // y0 = x0 + t1 -> slot 0, a = x0 - t1/2 -> slot 1
    sym3(xr[g], xr[p1]);
    sym3(xi[g], xi[p1]);
    // y1 = a - i·s·t2 -> slot 1, y2 = a + i·s·t2 -> slot 2
    rotate(xr[p1], xi[p1], xr[p2], xi[p2], S3);
  }

  private static void radix5(
      double[][] xr, double[][] xi, int g, int m, boolean first, double[] cr, double[] ci, int tw) {
    int p1 = g + m;
    int p2 = p1 + m;
    int p3 = p2 + m;
    int p4 = p3 + m;
    if (!first) {
      cmul2(xr[p1], xi[p1], xr[p2], xi[p2], cr[tw], ci[tw], cr[tw + 1], ci[tw + 1]);
      cmul2(xr[p3], xi[p3], xr[p4], xi[p4], cr[tw + 2], ci[tw + 2], cr[tw + 3], ci[tw + 3]);
    }
    // per component: y0 -> 0, a1 = x0 + c1·t1 + c2·t2 -> 1, a2 = x0 + c2·t1 + c1·t2 -> 2,
    // b1 = s1·t3 + s2·t4 -> 4, −b2 = −(s2·t3 − s1·t4) -> 3
    // (t1 = x1 + x4, t2 = x2 + x3, t3 = x1 − x4, t4 = x2 − x3)
    dft5(xr[g], xr[p1], xr[p2], xr[p3], xr[p4]);
    dft5(xi[g], xi[p1], xi[p2], xi[p3], xi[p4]);
    // y1 = a1 − i·b1 -> 1, y4 = a1 + i·b1 -> 4; y2 = a2 − i·b2 -> 2, y3 = a2 + i·b2 -> 3
    rotate2(xr[p1], xi[p1], xr[p4], xi[p4], xr[p2], xi[p2], xr[p3], xi[p3]);
  }

  // ---------------------------------------------------------- lane loops (small, for C2)

  /**
   * {@code (a, b) <- (a + conj b, (a − conj b)·c)} with {@code c = −i·e^{−iπk/n}} (the
   * multiplication in {@link #cmul}'s operand order, which C2 vectorises).
   */
  private static void halves(
      double[] ar, double[] ai, double[] br, double[] bi, double cr, double ci) {
    for (int b = 0; b < LANES; b++) {
      double xr = ar[b];
      double xi = ai[b];
      double yr = br[b];
      double yi = bi[b];
      double dr = xr - yr;
      double di = xi + yi;
      ar[b] = xr + yr;
      ai[b] = xi - yi;
      br[b] = dr * cr - di * ci;
      bi[b] = dr * ci + di * cr;
    }
  }

  /** {@code (e, t) <- ((e + t)/2, conj(e − t)/2)}. */
  private static void join(double[] er, double[] ei, double[] tr, double[] ti) {
    for (int b = 0; b < LANES; b++) {
      double xr = er[b];
      double xi = ei[b];
      double yr = tr[b];
      double yi = ti[b];
      er[b] = (xr + yr) * 0.5;
      ei[b] = (xi + yi) * 0.5;
      tr[b] = (xr - yr) * 0.5;
      ti[b] = (yi - xi) * 0.5;
    }
  }

  /** As {@link #joinPower}, also adding the two powers to {@code accA} and {@code accB}. */
  private static void joinPowerAdd(
      double[] er, double[] ei, double[] tr, double[] ti, double[] accA, double[] accB) {
    for (int b = 0; b < LANES; b++) {
      double xr = er[b];
      double xi = ei[b];
      double yr = tr[b];
      double yi = ti[b];
      double pr = xr + yr;
      double pi = xi + yi;
      double mr = xr - yr;
      double mi = xi - yi;
      double p = (pr * pr + pi * pi) * 0.25;
      double m = (mr * mr + mi * mi) * 0.25;
      er[b] = p;
      tr[b] = m;
      accA[b] += p;
      accB[b] += m;
    }
  }


  /** {@code re <- re² + im²}. */
  private static void square(double[] re, double[] im) {
    for (int b = 0; b < LANES; b++) {
      double r = re[b];
      double i = im[b];
      re[b] = r * r + i * i;
    }
  }

  private static void negate(double[] x) {
    for (int b = 0; b < LANES; b++) {
      x[b] = -x[b];
    }
  }


  /** {@code a *= (wr + i·wi)}, {@code b *= (vr + i·vi)}. */
  private static void cmul2(
      double[] ar, double[] ai, double[] br, double[] bi,
      double wr, double wi, double vr, double vi) {
    for (int b = 0; b < LANES; b++) {
      double r = ar[b];
      double i = ai[b];
      ar[b] = r * wr - i * wi;
      ai[b] = r * wi + i * wr;
      double s = br[b];
      double t = bi[b];
      br[b] = s * vr - t * vi;
      bi[b] = s * vi + t * vr;
    }
  }

  /** Three complex multiplications by scalars in one lane loop (four do not vectorise). */
  private static void cmul3(
      double[] ar, double[] ai, double[] br, double[] bi, double[] cr, double[] ci,
      double w1r, double w1i, double w2r, double w2i, double w3r, double w3i) {
    for (int b = 0; b < LANES; b++) {
      double r = ar[b];
      double i = ai[b];
      ar[b] = r * w1r - i * w1i;
      ai[b] = r * w1i + i * w1r;
      double s = br[b];
      double t = bi[b];
      br[b] = s * w2r - t * w2i;
      bi[b] = s * w2i + t * w2r;
      double u = cr[b];
      double v = ci[b];
      cr[b] = u * w3r - v * w3i;
      ci[b] = u * w3i + v * w3r;
    }
  }

  /** {@code (a, d) <- (a − i·d, a + i·d)} and {@code (e, f) <- (e + i·f, e − i·f)}. */
  private static void rotate2(
      double[] ar, double[] ai, double[] dr, double[] di,
      double[] er, double[] ei, double[] fr, double[] fi) {
    for (int b = 0; b < LANES; b++) {
      double xr = ar[b];
      double xi = ai[b];
      double yr = dr[b];
      double yi = di[b];
      ar[b] = xr + yi;
      ai[b] = xi - yr;
      dr[b] = xr - yi;
      di[b] = xi + yr;
      double ur = er[b];
      double ui = ei[b];
      double vr = fr[b];
      double vi = fi[b];
      er[b] = ur - vi;
      ei[b] = ui + vr;
      fr[b] = ur + vi;
      fi[b] = ui - vr;
    }
  }

  /** Radix-2 butterfly without twiddle: {@code (a, b) <- (a + b, a − b)}. */
  private static void bfly2(double[] ar, double[] ai, double[] br, double[] bi) {
    for (int b = 0; b < LANES; b++) {
      double xr = ar[b];
      double xi = ai[b];
      double yr = br[b];
      double yi = bi[b];
      ar[b] = xr + yr;
      ai[b] = xi + yi;
      br[b] = xr - yr;
      bi[b] = xi - yi;
    }
  }

  /** Radix-2 butterfly: {@code t = w·b; (a, b) <- (a + t, a − t)}. */
  private static void bfly2(
      double[] ar, double[] ai, double[] br, double[] bi, double wr, double wi) {
    for (int b = 0; b < LANES; b++) {
      double yr = br[b];
      double yi = bi[b];
      double tr = yr * wr - yi * wi;
      double ti = yr * wi + yi * wr;
      double xr = ar[b];
      double xi = ai[b];
      ar[b] = xr + tr;
      ai[b] = xi + ti;
      br[b] = xr - tr;
      bi[b] = xi - ti;
    }
  }


  /** Forward 4-point DFT in place. */
  private static void dft4(
      double[] r0, double[] i0, double[] r1, double[] i1,
      double[] r2, double[] i2, double[] r3, double[] i3) {
    for (int b = 0; b < LANES; b++) {
      double ar = r0[b] + r2[b];
      double ai = i0[b] + i2[b];
      double br = r0[b] - r2[b];
      double bi = i0[b] - i2[b];
      double cr = r1[b] + r3[b];
      double ci = i1[b] + i3[b];
      double dr = r1[b] - r3[b];
      double di = i1[b] - i3[b];
      r0[b] = ar + cr;
      i0[b] = ai + ci;
      r2[b] = ar - cr;
      i2[b] = ai - ci;
      r1[b] = br + di;
      i1[b] = bi - dr;
      r3[b] = br - di;
      i3[b] = bi + dr;
    }
  }

  /** {@code (x0, t1) <- (x0 + t1, x0 − t1/2)}, one component. */
  private static void sym3(double[] x0, double[] t1) {
    for (int b = 0; b < LANES; b++) {
      double x = x0[b];
      double t = t1[b];
      x0[b] = x + t;
      t1[b] = x - t * 0.5;
    }
  }

  /**
   * {@code (a, d) <- (a − i·s·d, a + i·s·d)}: the last step of the radix-3 butterfly.
   */
  private static void rotate(double[] ar, double[] ai, double[] dr, double[] di, double s) {
    for (int b = 0; b < LANES; b++) {
      double xr = ar[b];
      double xi = ai[b];
      double yr = dr[b] * s;
      double yi = di[b] * s;
      ar[b] = xr + yi;
      ai[b] = xi - yr;
      dr[b] = xr - yi;
      di[b] = xi + yr;
    }
  }



  /**
   * One component (real or imaginary parts) of the 5-point DFT, Winograd's form: with {@code t1 =
   * x1 + x4}, {@code t2 = x2 + x3}, {@code t3 = x1 − x4}, {@code t4 = x2 − x3}, {@code s = t1 +
   * t2}, {@code e = (t1 − t2)·√5/4}, {@code m = x0 − s/4}: {@code x0 <- x0 + s}, {@code x1 <- m +
   * e} ({@code = x0 + c1·t1 + c2·t2}), {@code x2 <- m − e}, {@code x4 <- s1·t3 + s2·t4}, {@code x3
   * <- s1·t4 − s2·t3}. (Written with the products in the order of {@link #cmul2}: with {@code
   * s2·t4} and {@code −s2·t3} spelt the other way round C2 leaves the loop scalar.)
   */
  private static void dft5(double[] x0, double[] x1, double[] x2, double[] x3, double[] x4) {
    for (int b = 0; b < LANES; b++) {
      double u1 = x1[b];
      double u4 = x4[b];
      double u2 = x2[b];
      double u3 = x3[b];
      double t1 = u1 + u4;
      double t2 = u2 + u3;
      double s = t1 + t2;
      double e = (t1 - t2) * R5;
      double t3 = u1 - u4;
      double t4 = u2 - u3;
      double x = x0[b];
      double m = x - s * 0.25;
      x0[b] = x + s;
      x1[b] = m + e;
      x2[b] = m - e;
      x4[b] = t3 * S5A - t4 * -S5B;
      x3[b] = t3 * -S5B + t4 * S5A;
    }
  }

  /** {@code acc += p}. */
  private static void add(double[] acc, double[] p) {
    for (int b = 0; b < LANES; b++) {
      acc[b] += p[b];
    }
  }
}

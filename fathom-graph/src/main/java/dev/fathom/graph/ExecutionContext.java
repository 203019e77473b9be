package dev.fathom.graph;

import dev.fathom.dsp.Parallel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What a graph run knows besides the node inputs, for one chunk: the sampling rate, the depth
 * and time axes, the chunk's start time, distpy's row-block size and where writers write. It
 * replaces the keys distpy injects into every command dict ({@code prf}, {@code xaxis},
 * {@code taxis}, {@code nx}, {@code nt}, {@code f_rescale}, {@code date_dir}, {@code datestring}).
 *
 * @param prf time sampling rate in Hz (distpy's pulse repetition frequency), positive
 * @param nx channels of the chunk (axis 0)
 * @param nt time samples of the chunk (axis 1)
 * @param xaxis measured depth per channel in metres, {@code (nx,)} or {@code (nx, 1)}; distpy's
 *     default is {@code arange(nx)} (int64)
 * @param taxis time per sample; distpy's default (no time file) is the sample index
 *     {@code arange(nt)} (int64), not seconds
 * @param t0 start time of the chunk, whole seconds since 1970-01-01 UTC: the file-name stem of
 *     everything writers write ({@code date_dir})
 * @param boxSize distpy's {@code BOXSIZE}: rows per block of {@code reduced_mem} (graph key, 500)
 * @param sink where writer commands write
 * @param threads how many threads a command may use for this chunk (rows or columns split over
 *     fathom-dsp's {@link Parallel} pool), at least 1; by default {@link Parallel#defaultThreads()}
 *     (system property {@code fathom.dsp.threads}, else the processors). A runner that already
 *     runs one chunk per core passes 1.
 */
public record ExecutionContext(
    double prf,
    int nx,
    int nt,
    NdArray xaxis,
    NdArray taxis,
    long t0,
    int boxSize,
    ResultSink sink,
    int threads) {

  /** distpy's default BOXSIZE of the per-chunk worker. */
  public static final int DEFAULT_BOXSIZE = 500;

  /** distpy's chunk time in the reference cases (2020-09-13T12:26:40Z). */
  public static final long DEFAULT_T0 = 1_600_000_000L;

  private static final DateTimeFormatter DATESTRING =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

  public ExecutionContext {
    if (!(prf > 0) || Double.isInfinite(prf)) {
      throw new IllegalArgumentException("prf must be positive and finite: " + prf);
    }
    Objects.requireNonNull(xaxis, "xaxis");
    Objects.requireNonNull(taxis, "taxis");
    Objects.requireNonNull(sink, "sink");
    if (boxSize < 1) throw new IllegalArgumentException("BOXSIZE must be at least 1: " + boxSize);
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
  }

  /** A context with the default thread count ({@link Parallel#defaultThreads()}). */
  public ExecutionContext(
      double prf, int nx, int nt, NdArray xaxis, NdArray taxis, long t0, int boxSize, ResultSink sink) {
    this(prf, nx, nt, xaxis, taxis, t0, boxSize, sink, Parallel.defaultThreads());
  }

  /** This context with another thread count (at least 1). */
  public ExecutionContext withThreads(int threads) {
    return new ExecutionContext(prf, nx, nt, xaxis, taxis, t0, boxSize, sink, threads);
  }

  /**
   * A context for a chunk with distpy's defaults for what is not given.
   *
   * @param chunk the chunk, 2-D {@code (nx, nt)}
   * @param prf sampling rate in Hz
   * @param xaxis depth axis or null for {@code arange(nx)}
   * @param taxis time axis or null for {@code arange(nt)}
   */
  public static ExecutionContext forChunk(
      NdArray chunk, double prf, NdArray xaxis, NdArray taxis, long t0, int boxSize, ResultSink sink) {
    int nx = chunk.ndim() > 0 ? chunk.shape(0) : 1;
    int nt = chunk.ndim() > 1 ? chunk.shape(1) : 1;
    return new ExecutionContext(
        prf,
        nx,
        nt,
        xaxis != null ? xaxis : arange(nx),
        taxis != null ? taxis : arange(nt),
        t0,
        boxSize,
        sink == null ? ResultSink.NONE : sink);
  }

  /** {@code numpy.arange(n)}: int64 0..n-1. */
  public static NdArray arange(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = i;
    return NdArray.wrap(DType.INT64, new int[] {n}, v);
  }

  /** distpy's {@code f_rescale = nt / prf}: multiplies a frequency in Hz to an FFT column index. */
  public double fRescale() {
    return nt / prf;
  }

  /** distpy's {@code date_dir}: the chunk's start time as a decimal string, the stem of written files. */
  public String dateDir() {
    return Long.toString(t0);
  }

  /** distpy's {@code datestring}: {@code yyyy-MM-ddTHH:mm:ss+00:00} of {@link #t0} in UTC. */
  public String dateString() {
    return DATESTRING.format(Instant.ofEpochSecond(t0));
  }

  /** The depth axis values as a flat array (works for {@code (nx,)} and {@code (nx, 1)}). */
  public double[] xaxisValues() {
    return xaxis.realData();
  }

  /** The time axis values as a flat array. */
  public double[] taxisValues() {
    return taxis.realData();
  }
}

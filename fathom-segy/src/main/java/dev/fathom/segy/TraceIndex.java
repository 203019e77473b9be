package dev.fathom.segy;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where each trace of a variable-length SEG-Y file starts and how many samples it holds, found by
 * walking the trace headers (segy.md §4.6: binary-header word 3503-3504 = 0 lets every trace carry
 * its own sample count in bytes 115-116, or in extension-1 bytes 137-140 for rev 2). Fixed-length
 * files need no index: their offsets are arithmetic ({@link SegyLayout#traceOffset}).
 *
 * <p>Offsets are byte offsets of each trace's first header block in the file; {@code end()} is
 * one past the last trace. Serialisable, so a worker finds traces without walking again. Memory:
 * 12 bytes per trace.
 */
public final class TraceIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] offsets;
  private final int[] samples;

  /**
   * @param offsets count + 1 ascending byte offsets: each trace's first header, then the end of
   *     the last trace
   * @param samples count sample counts
   */
  public TraceIndex(long[] offsets, int[] samples) {
    if (offsets.length != samples.length + 1) {
      throw new IllegalArgumentException("need one offset per trace plus the end: " + offsets.length + " offsets, " + samples.length + " traces");
    }
    this.offsets = offsets.clone();
    this.samples = samples.clone();
  }

  /** Number of traces. */
  public int count() {
    return samples.length;
  }

  /** Byte offset of trace {@code i}'s first header; {@code offset(count())} is the end of the last trace. */
  public long offset(long i) {
    return offsets[Math.toIntExact(i)];
  }

  /** Samples of trace {@code i}. */
  public int samples(long i) {
    return samples[Math.toIntExact(i)];
  }

  /** The largest sample count of any trace (0 with no traces). */
  public int maxSamples() {
    return Arrays.stream(samples).max().orElse(0);
  }

  /** The smallest sample count of any trace (0 with no traces). */
  public int minSamples() {
    return Arrays.stream(samples).min().orElse(0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraceIndex t && Arrays.equals(offsets, t.offsets) && Arrays.equals(samples, t.samples);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(offsets) + Arrays.hashCode(samples);
  }

  @Override
  public String toString() {
    return "TraceIndex[" + count() + " traces, " + minSamples() + ".." + maxSamples() + " samples]";
  }
}

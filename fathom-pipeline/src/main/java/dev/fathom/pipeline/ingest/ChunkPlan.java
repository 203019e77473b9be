package dev.fathom.pipeline.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How one recording is cut: chunk {@code k} holds samples {@code [k·length, (k+1)·length)} (the
 * last one fewer) and is named {@code <startSecond + k·seconds>.npy}, the Unix time in whole
 * seconds (UTC) of its first sample as distpy names chunks ({@code int(basename)} must parse).
 *
 * @param startSecond Unix time of sample 0, whole seconds (floor)
 * @param seconds chunk duration in whole seconds (the name step)
 * @param length samples per chunk ({@code seconds · rate})
 * @param samples samples in the recording
 * @param todo the chunk indices still to write (all, or those whose file is missing)
 */
public record ChunkPlan(long startSecond, int seconds, int length, long samples, List<Integer> todo)
    implements Serializable {

  /** A plan that writes every chunk. */
  public static ChunkPlan all(long startSecond, int seconds, int length, long samples) {
    int n = (int) ((samples + length - 1) / length);
    List<Integer> all = new ArrayList<>(n);
    for (int k = 0; k < n; k++) all.add(k);
    return new ChunkPlan(startSecond, seconds, length, samples, all);
  }

  /** The same plan writing only {@code todo}. */
  public ChunkPlan only(List<Integer> todo) {
    return new ChunkPlan(startSecond, seconds, length, samples, List.copyOf(todo));
  }

  /** Number of chunks the recording makes. */
  public int count() {
    return (int) ((samples + length - 1) / length);
  }

  /** First sample of chunk {@code k}. */
  public long chunkStart(int k) {
    return (long) k * length;
  }

  /** Samples in chunk {@code k} ({@code length}, or fewer for the last). */
  public int chunkLength(int k) {
    return (int) Math.min(length, samples - chunkStart(k));
  }

  /** Unix time (s) naming chunk {@code k}. */
  public long chunkTime(int k) {
    return startSecond + (long) k * seconds;
  }

  /** {@code <unixtime>.npy}. */
  public String fileName(int k) {
    return chunkTime(k) + ".npy";
  }
}

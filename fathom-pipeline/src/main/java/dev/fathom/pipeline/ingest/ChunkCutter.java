package dev.fathom.pipeline.ingest;

import dev.fathom.core.npy.NpyDtype;
import dev.fathom.core.npy.NpyRowWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one {@link Recording} into chunk files {@code <dir>/<unixtime>.npy} of shape
 * {@code (channels, chunkSamples)} (the last one shorter when the recording does not fill it:
 * kept, not dropped), streaming: blocks of channels are read and their rows appended to every
 * open chunk file, so memory holds one block of channels, never a whole chunk or file. Each chunk
 * is a hidden temporary until complete, then renamed into place (a killed run leaves no partial
 * chunk under a chunk's name).
 */
public final class ChunkCutter {
  /** At most this many chunk files open at once; longer files are cut in groups of seconds. */
  static final int MAX_OPEN = 128;

  /** Bytes of samples held per block of channels (as doubles). */
  static final long BLOCK_BYTES = 64L << 20;

  private ChunkCutter() {}

  /**
   * Writes the chunks of {@code rec} that {@code plan} lists as to-do.
   *
   * @return the chunk files written
   */
  public static List<Path> cut(Recording rec, ChunkPlan plan, Path dir, NpyDtype dtype) {
    List<Integer> todo = plan.todo();
    List<Path> written = new ArrayList<>();
    for (int g = 0; g < todo.size(); g += MAX_OPEN) {
      List<Integer> group = todo.subList(g, Math.min(todo.size(), g + MAX_OPEN));
      written.addAll(cutGroup(rec, plan, group, dir, dtype));
    }
    return written;
  }

  private static List<Path> cutGroup(Recording rec, ChunkPlan plan, List<Integer> chunks, Path dir, NpyDtype dtype) {
    int nx = rec.channels();
    long first = plan.chunkStart(chunks.get(0));
    int last = chunks.get(chunks.size() - 1);
    long end = plan.chunkStart(last) + plan.chunkLength(last);
    int span = Math.toIntExact(end - first);
    List<NpyRowWriter> writers = new ArrayList<>(chunks.size());
    List<Path> paths = new ArrayList<>(chunks.size());
    try {
      for (int k : chunks) {
        Path p = dir.resolve(plan.fileName(k));
        paths.add(p);
        writers.add(new NpyRowWriter(p, dtype, nx, plan.chunkLength(k)));
      }
      boolean wide = dtype.equals(NpyDtype.FLOAT64);
      int block = (int) Math.max(1, Math.min(rec.preferredChannelBlock(), BLOCK_BYTES / ((wide ? 8L : 4L) * span)));
      double[][] wideRows = wide ? new double[Math.min(block, nx)][span] : null;
      float[][] rows = wide ? null : new float[Math.min(block, nx)][span];
      for (int c0 = 0; c0 < nx; c0 += block) {
        int count = Math.min(block, nx - c0);
        if (wide) rec.read(c0, count, first, span, wideRows);
        else rec.read(c0, count, first, span, rows);
        for (int c = 0; c < count; c++) {
          for (int i = 0; i < chunks.size(); i++) {
            int at = Math.toIntExact(plan.chunkStart(chunks.get(i)) - first);
            if (wide) writers.get(i).writeRow(wideRows[c], at);
            else writers.get(i).writeRow(rows[c], at);
          }
        }
      }
      for (NpyRowWriter w : writers) w.commit();
      return paths;
    } finally {
      for (NpyRowWriter w : writers) w.close();
    }
  }

}

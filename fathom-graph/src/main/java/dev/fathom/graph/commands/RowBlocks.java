package dev.fathom.graph.commands;

import dev.fathom.dsp.Parallel;
import dev.fathom.graph.NdArray;
import java.util.Arrays;

/**
 * Feeds the rows of a 2-D {@link NdArray} to a fathom-dsp kernel that wants {@code double[][]}
 * rows, a few rows at a time, rows split over threads: each thread copies its next block of rows
 * into buffers it reuses, so that no {@code nx × nt} copy of the array is ever made and the
 * kernel reads rows that are still in cache.
 */
final class RowBlocks {
  /** Rows per block for light kernels (16 rows of 10 000 samples are 1.3 MB of float64). */
  static final int ROWS = 16;

  private RowBlocks() {}

  /** A kernel on rows {@code [first, first + rows.length)}; the row buffers are reused afterwards. */
  @FunctionalInterface
  interface Task {
    void run(int first, double[][] rows);
  }

  /**
   * Runs {@code task} on the real parts of every row of {@code a}, as blocks of up to {@code
   * rows} float64 rows.
   */
  static void real(NdArray a, int rows, int threads, Task task) {
    forBlocks(a.rows(), a.cols(), rows, threads, a::rowInto, task);
  }

  /**
   * Runs {@code task} on every row of {@code a} as interleaved complex rows {@code [2·nt]}
   * (imaginary parts zero for a real array), in blocks of {@link #ROWS}.
   */
  static void interleaved(NdArray a, int threads, Task task) {
    forBlocks(a.rows(), 2 * a.cols(), ROWS, threads, a::interleavedRowInto, task);
  }

  private interface Fill {
    void row(int i, double[] buf);
  }

  private static void forBlocks(int nr, int width, int rows, int threads, Fill fill, Task task) {
    int blocks = (nr + rows - 1) / rows;
    Parallel.forRange(blocks, threads, (from, to) -> {
      double[][] buf = new double[Math.min(rows, nr)][width];
      for (int b = from; b < to; b++) {
        int first = b * rows;
        int count = Math.min(rows, nr - first);
        for (int r = 0; r < count; r++) fill.row(first + r, buf[r]);
        task.run(first, count == buf.length ? buf : Arrays.copyOf(buf, count));
      }
    });
  }
}

package dev.fathom.dsp.fft;

/**
 * A half-open range of FFT columns {@code [from, to)}, i.e. the numpy slice {@code X[:, from:to]}.
 *
 * @param from first column (inclusive), {@code >= 0}
 * @param to end column (exclusive), {@code > from}
 */
public record Band(int from, int to) {
  public Band {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException(
          "empty or negative FFT band [" + from + ", " + to + ") (distpy: IndexError)");
    }
  }

  /**
   * The band numpy's slice {@code X[:, start:stop]} selects from {@code ncols} columns: negative
   * indices count from the end, both are clamped to {@code [0, ncols]}.
   *
   * @throws IllegalArgumentException when the slice is empty (distpy fails there with IndexError)
   */
  public static Band slice(int start, int stop, int ncols) {
    return new Band(clampIndex(start, ncols), clampIndex(stop, ncols));
  }

  private static int clampIndex(int i, int n) {
    int j = i < 0 ? i + n : i;
    return Math.max(0, Math.min(n, j));
  }

  /** Number of columns. */
  public int width() {
    return to - from;
  }
}

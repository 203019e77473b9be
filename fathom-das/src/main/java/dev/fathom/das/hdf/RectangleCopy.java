package dev.fathom.das.hdf;

/**
 * Copies a rectangle of stored samples (row-major, a fixed number of samples from one row to the
 * next) into a float32 array with any row and column step, so one routine serves both a straight
 * copy ({@code colStep == 1}) and a transposition ({@code rowStep == 1}: time-major rows into
 * channel-major output). Transpositions go through 64 x 64 tiles (20 KB with padding, within L1) so that reads and
 * writes stay in cache (the usual blocked transpose); tiles walk down the rows of one group of columns, so the
 * output (one contiguous run per column) is written in order.
 */
final class RectangleCopy {
  private RectangleCopy() {}

  private static final int TILE_ROWS = 64;
  private static final int TILE_COLS = 64;
  /**
   * Floats added to each tile row so that its rows are not a power of two bytes apart: a column of
   * the tile then spreads over the L1 cache sets instead of falling into a few.
   */
  private static final int PAD = 16;

  /**
   * {@code out[outOff + r * rowStep + c * colStep] = sample(r, c)} for {@code r < nRows, c < nCols},
   * where sample (r, c) is stored at byte {@code srcOff + (r * srcStride + c) * codec.bytes()} of
   * {@code src}, big-endian when {@code big}.
   */
  static void copy(SampleCodec codec, byte[] src, boolean big, int srcOff, int srcStride, int nRows, int nCols,
      float[] out, int outOff, int rowStep, int colStep) {
    int size = codec.bytes();
    if (colStep == 1) {
      for (int r = 0; r < nRows; r++) codec.decode(src, srcOff + r * srcStride * size, nCols, big, out, outOff + r * rowStep);
      return;
    }
    float[] tile = new float[TILE_ROWS * (Math.min(TILE_COLS, nCols) + PAD)];
    for (int c0 = 0; c0 < nCols; c0 += TILE_COLS) {
      int cn = Math.min(TILE_COLS, nCols - c0);
      int ts = cn + PAD;
      for (int r0 = 0; r0 < nRows; r0 += TILE_ROWS) {
        int rn = Math.min(TILE_ROWS, nRows - r0);
        for (int r = 0; r < rn; r++) codec.decode(src, srcOff + ((r0 + r) * srcStride + c0) * size, cn, big, tile, r * ts);
        for (int c = 0; c < cn; c++) {
          int o = outOff + (c0 + c) * colStep + r0 * rowStep;
          for (int r = 0; r < rn; r++) out[o + r * rowStep] = tile[r * ts + c];
        }
      }
    }
  }
}

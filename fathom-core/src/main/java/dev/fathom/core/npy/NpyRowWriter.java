package dev.fathom.core.npy;

import dev.fathom.core.AtomicFiles;
import dev.fathom.core.FathomException;
import dev.fathom.core.SinkAccessException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes a 2-D C-order {@code .npy} of shape {@code (rows, cols)} row by row, little-endian
 * float64 or float32, through a small buffer, so a chunk never has to be whole in memory. The file
 * appears under its name only after {@link #commit()} (every row written) — until then it is a
 * hidden temporary ({@link AtomicFiles#begin}); {@link #close()} without a commit discards it.
 */
public final class NpyRowWriter implements AutoCloseable {
  private static final int BUFFER = 1 << 20;
  private final AtomicFiles.Pending file;
  private final NpyDtype dtype;
  private final int rows;
  private final int cols;
  private final ByteBuffer buf;
  private int written;

  /**
   * @param target the file to create
   * @param dtype {@link NpyDtype#FLOAT64} or {@link NpyDtype#FLOAT32}
   * @param rows number of rows (channels)
   * @param cols values per row (samples)
   */
  public NpyRowWriter(Path target, NpyDtype dtype, int rows, int cols) {
    if (!dtype.equals(NpyDtype.FLOAT64) && !dtype.equals(NpyDtype.FLOAT32)) {
      throw new IllegalArgumentException("float64 or float32 only, got " + dtype);
    }
    this.dtype = dtype;
    this.rows = rows;
    this.cols = cols;
    this.buf = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    this.file = AtomicFiles.begin(target);
    try {
      writeAll(ByteBuffer.wrap(NpyHeaderCodec.encode(dtype, new long[] {rows, cols}, false, null)));
    } catch (RuntimeException e) {
      file.abort();
      throw e;
    }
  }

  /** Appends the next row: {@code values[offset .. offset + cols)}. */
  public void writeRow(double[] values, int offset) {
    writeRow((at, from, n, f64) -> {
      if (f64) {
        buf.asDoubleBuffer().put(values, offset + from, n);
      } else {
        for (int k = 0; k < n; k++) buf.putFloat(at + 4 * k, (float) values[offset + from + k]);
      }
    });
  }

  /** Appends the next row: {@code values[offset .. offset + cols)} (widened for a float64 file). */
  public void writeRow(float[] values, int offset) {
    writeRow((at, from, n, f64) -> {
      if (f64) {
        for (int k = 0; k < n; k++) buf.putDouble(at + 8 * k, values[offset + from + k]);
      } else {
        buf.asFloatBuffer().put(values, offset + from, n);
      }
    });
  }

  /** Puts row values {@code [from, from + n)} into the buffer at byte {@code at} (its position). */
  private interface Piece {
    void put(int at, int from, int n, boolean f64);
  }

  /** One row, in pieces that fit the buffer (flushed between them). */
  private void writeRow(Piece piece) {
    startRow();
    boolean f64 = dtype.equals(NpyDtype.FLOAT64);
    int size = f64 ? 8 : 4;
    for (int i = 0; i < cols; ) {
      int room = buf.remaining() / size;
      if (room == 0) {
        flush();
        continue;
      }
      int n = Math.min(room, cols - i);
      int at = buf.position();
      piece.put(at, i, n, f64);
      buf.position(at + size * n);
      i += n;
    }
  }

  private void startRow() {
    if (written >= rows) throw new IllegalStateException("all " + rows + " rows already written to " + file.target());
    written++;
  }

  /** Rows written so far. */
  public int rowsWritten() {
    return written;
  }

  /** Writes what is buffered and renames the file into place; every row must have been written. */
  public void commit() {
    if (written != rows) {
      throw new IllegalStateException(written + " of " + rows + " rows written to " + file.target());
    }
    flush();
    file.commit();
  }

  /** Discards the file unless it was committed. */
  @Override
  public void close() {
    file.abort();
  }

  private void flush() {
    buf.flip();
    writeAll(buf);
    buf.clear();
  }

  private void writeAll(ByteBuffer b) {
    try {
      while (b.hasRemaining()) file.channel().write(b);
    } catch (IOException e) {
      throw new SinkAccessException(file.target().toString(), FathomException.NO_OFFSET, "cannot write: " + e, e);
    }
  }
}

package dev.fathom.core.npy;

import dev.fathom.core.AtomicFiles;
import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.FileByteSource;
import dev.fathom.core.InvalidDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * Reads and writes numpy {@code .npy} files (format versions 1.0, 2.0 and 3.0; numpy NEP 1,
 * {@code numpy.lib.format}). Files written here are byte-identical to {@code numpy.save} of the
 * same array. Writes to paths are atomic: a reader sees the old file or the complete new one
 * ({@link AtomicFiles}).
 *
 * <p>Supported element types: see {@link NpyType}; anything else (strings, objects, structured
 * arrays, float16, datetimes) is an {@link InvalidDataException} naming the dtype.
 */
public final class Npy {
  /** Bytes buffered by {@link #writeFloat2D} between the rows and the file. */
  private static final int WRITE_BUFFER = 1 << 20;

  private Npy() {}

  /** Reads a whole {@code .npy} file. */
  public static NpyArray read(Path path) {
    try (FileByteSource src = FileByteSource.open(path)) {
      return read(src);
    }
  }

  /**
   * Reads a whole {@code .npy} array from a source (file, http, ...): the header, then the data
   * in one positional read. Bytes after the data are ignored, as numpy does.
   *
   * @throws InvalidDataException naming the source, byte offset and what was expected, when the
   *     header is bad, the dtype unsupported, or the data shorter than the shape says
   * @throws FathomException when the array is larger than {@link NpyArray#MAX_BYTES} (read it in
   *     parts with {@link #readHeader(ByteSource)} and positional reads)
   */
  public static NpyArray read(ByteSource source) {
    NpyHeader h = readHeader(source);
    long available = source.size() - h.dataOffset();
    if (available < h.dataLength()) {
      throw new InvalidDataException(source.name(), source.size(), "data shorter than the shape says: shape "
          + Shapes.repr(h.shape()) + " of " + h.dtype() + " needs " + h.dataLength() + " bytes from byte "
          + h.dataOffset() + ", the file has only " + available);
    }
    if (h.dataLength() > NpyArray.MAX_BYTES) {
      throw new FathomException(source.name(), h.dataOffset(), "array of " + h.dataLength() + " bytes (shape "
          + Shapes.repr(h.shape()) + ") is too large to read at once, the limit is " + NpyArray.MAX_BYTES
          + "; read it in parts");
    }
    ByteBuffer data = ByteBuffer.allocate((int) h.dataLength());
    source.readFully(h.dataOffset(), data);
    data.flip();
    return new NpyArray(h.dtype(), h.shape(), h.fortranOrder(), data);
  }

  /**
   * The values of a C-order float32 {@code .npy} file (either byte order), streamed from the file
   * into the array through a small buffer (no second copy of the data in memory).
   *
   * @throws IllegalArgumentException if the file is not C-order float32
   */
  public static float[] readFloat32(Path path) {
    NpyHeader h = readHeader(path);
    requireCOrder(path, h, NpyType.FLOAT32);
    float[] out = new float[Math.toIntExact(h.elementCount())];
    stream(path, h, (b, at) -> {
      int n = b.remaining() / 4;
      b.asFloatBuffer().get(out, at, n);
      return n;
    });
    return out;
  }

  /** As {@link #readFloat32}, for C-order float64 files. */
  public static double[] readFloat64(Path path) {
    NpyHeader h = readHeader(path);
    requireCOrder(path, h, NpyType.FLOAT64);
    double[] out = new double[Math.toIntExact(h.elementCount())];
    stream(path, h, (b, at) -> {
      int n = b.remaining() / 8;
      b.asDoubleBuffer().get(out, at, n);
      return n;
    });
    return out;
  }

  private static void requireCOrder(Path path, NpyHeader h, NpyType type) {
    if (h.dtype().type() != type || h.fortranOrder()) {
      throw new IllegalArgumentException(path + " is " + h.dtype() + (h.fortranOrder() ? " Fortran-order" : "") + ", not C-order " + type);
    }
  }

  /** Consumes whole elements of a buffer into an array from element {@code at}; returns how many. */
  private interface ElementSink {
    int take(ByteBuffer b, int at);
  }

  private static void stream(Path path, NpyHeader h, ElementSink sink) {
    int item = h.dtype().type().itemSize();
    ByteBuffer buf = ByteBuffer.allocateDirect(4 << 20).order(h.dtype().order());
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path)) {
      long pos = h.dataOffset();
      long end = pos + h.dataLength();
      if (ch.size() < end) {
        throw new InvalidDataException(path.toString(), ch.size(), "data shorter than the shape says: needs "
            + h.dataLength() + " bytes from byte " + h.dataOffset() + ", the file has only " + (ch.size() - h.dataOffset()));
      }
      int at = 0;
      while (pos < end) {
        buf.clear().limit((int) Math.min(buf.capacity() / item * item, end - pos));
        while (buf.hasRemaining()) {
          int r = ch.read(buf, pos + buf.position());
          if (r < 0) throw new InvalidDataException(path.toString(), pos + buf.position(), "file ended early");
        }
        buf.flip();
        pos += buf.remaining();
        at += sink.take(buf, at);
      }
    } catch (java.io.IOException e) {
      throw new dev.fathom.core.SourceAccessException(path.toString(), FathomException.NO_OFFSET, "cannot read: " + e.getMessage());
    }
  }

  /** Reads only the header of a {@code .npy} file. */
  public static NpyHeader readHeader(Path path) {
    try (FileByteSource src = FileByteSource.open(path)) {
      return readHeader(src);
    }
  }

  /**
   * Reads only the header: dtype, shape, order, and the offset where the data starts, for reading
   * parts of large arrays by range.
   *
   * @throws InvalidDataException when the header is bad or the dtype unsupported
   */
  public static NpyHeader readHeader(ByteSource source) {
    return NpyHeaderCodec.read(source);
  }

  /**
   * Writes {@code array} to {@code path} atomically, in format version 1.0 (2.0 only if the
   * header needs it, as numpy does). The folder must exist.
   *
   * @throws dev.fathom.core.SinkAccessException if the file cannot be written
   */
  public static void write(Path path, NpyArray array) {
    write(path, array, null);
  }

  /**
   * Writes {@code array} to {@code path} atomically in format {@code version} (null: 1.0, or 2.0
   * if the header needs it).
   *
   * @throws IllegalArgumentException if the header does not fit in {@code version}
   * @throws dev.fathom.core.SinkAccessException if the file cannot be written
   */
  public static void write(Path path, NpyArray array, NpyVersion version) {
    byte[] header = NpyHeaderCodec.encode(array.dtype(), array.shape(), array.fortranOrder(), version);
    AtomicFiles.write(path, out -> {
      writeAll(out, ByteBuffer.wrap(header));
      writeAll(out, array.data());
    });
  }

  /**
   * Writes {@code array} as {@code .npy} bytes to a channel (not atomic: for streams and object
   * stores that commit on close).
   */
  public static void write(WritableByteChannel out, NpyArray array) throws IOException {
    writeAll(out, ByteBuffer.wrap(NpyHeaderCodec.encode(array.dtype(), array.shape(), array.fortranOrder(), null)));
    writeAll(out, array.data());
  }

  /** The {@code .npy} file content of {@code array}, header and data. */
  public static byte[] toBytes(NpyArray array) {
    byte[] header = NpyHeaderCodec.encode(array.dtype(), array.shape(), array.fortranOrder(), null);
    ByteBuffer b = ByteBuffer.allocate(Math.addExact(header.length, array.data().remaining()));
    b.put(header).put(array.data());
    return b.array();
  }

  /**
   * Writes {@code float[rows][cols]} as a little-endian C-order float32 array of shape
   * {@code (rows, cols)}, atomically, through a 1 MiB buffer: no copy of the whole array is
   * made, so a 5000 x 10000 chunk costs 200 MB of file and 1 MiB of extra memory. The result
   * equals {@code Npy.write(path, NpyArray.of(rows))}.
   *
   * @throws IllegalArgumentException if the rows are ragged (nothing is written)
   * @throws dev.fathom.core.SinkAccessException if the file cannot be written
   */
  public static void writeFloat2D(Path path, float[][] rows) {
    int cols = Shapes.columns(rows.length, r -> rows[r].length);
    byte[] header = NpyHeaderCodec.encode(NpyDtype.FLOAT32, new long[] {rows.length, cols}, false, null);
    AtomicFiles.write(path, out -> {
      writeAll(out, ByteBuffer.wrap(header));
      ByteBuffer buf = ByteBuffer.allocateDirect(WRITE_BUFFER).order(ByteOrder.LITTLE_ENDIAN);
      FloatBuffer floats = buf.asFloatBuffer();
      for (float[] row : rows) {
        for (int off = 0; off < row.length; ) {
          int n = Math.min(floats.remaining(), row.length - off);
          floats.put(row, off, n);
          off += n;
          if (!floats.hasRemaining()) {
            flush(out, buf, floats);
          }
        }
      }
      flush(out, buf, floats);
    });
  }

  private static void flush(WritableByteChannel out, ByteBuffer buf, FloatBuffer floats) throws IOException {
    buf.limit(floats.position() * Float.BYTES).position(0);
    writeAll(out, buf);
    buf.clear();
    floats.clear();
  }

  private static void writeAll(WritableByteChannel out, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      out.write(b);
    }
  }
}

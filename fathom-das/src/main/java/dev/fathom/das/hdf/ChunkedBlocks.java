package dev.fathom.das.hdf;

import dev.fathom.das.DasFormatException;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.exceptions.HdfException;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;

/**
 * Rectangles of a chunked 2-D dataset: each chunk the rectangle touches is decompressed once
 * ({@link ChunkInflater} for deflate with or without shuffle, else jhdf's filter pipeline) and the
 * part inside copied. HDF5 stores edge chunks whole, so every
 * decompressed chunk has the full chunk shape. Chunks read only in part are kept (up to
 * {@link #CACHE_BYTES}, least recently used out first) because consecutive time blocks that do not
 * line up with the chunks share them. Chunks never written read as 0, as in jhdf's hyperslab path.
 */
final class ChunkedBlocks implements BlockReader {
  static final long CACHE_BYTES = 64L << 20;

  private final ChunkedDataset data;
  private final String file;
  private final int rank;
  private final long[] dims;
  private final int[] chunk;
  private final SampleCodec codec;
  private final ByteOrder order;
  private final int chunkBytes;
  private final ChunkInflater inflater;
  private final FixedArrayChunks fixedArray;
  private final Map<Long, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true);
  private long cached;

  /** A chunk absent from the index (never written). */
  private static final byte[] MISSING = new byte[0];

  /** A reader of the 2-D (or 1-D, read as n x 1) dataset {@code d} with chunks of {@code chunk}. */
  ChunkedBlocks(ChunkedDataset d, int[] dims, int[] chunk, SampleCodec codec, ByteOrder order) {
    this.data = d;
    this.file = Hdf5.fileName(d);
    this.rank = dims.length;
    this.dims = rank == 1 ? new long[] {dims[0], 1} : new long[] {dims[0], dims[1]};
    this.chunk = rank == 1 ? new int[] {chunk[0], 1} : chunk.clone();
    this.codec = codec;
    this.order = order;
    this.chunkBytes = Math.multiplyExact(Math.multiplyExact(this.chunk[0], this.chunk[1]), codec.bytes());
    this.inflater = ChunkInflater.of(d.getFilters(), codec.bytes(), chunkBytes);
    this.fixedArray = FixedArrayChunks.ifJhdfCannot(d, chunkBytes);
    if (fixedArray != null && !d.getFilters().isEmpty() && inflater == null) {
      throw new DasFormatException(file, d.getPath() + " is compressed with " + d.getFilters()
          + " and indexed by a fixed array jhdf cannot read; only deflate (with or without shuffle) is decoded then");
    }
  }

  /**
   * A hyperslab of a 1-D or 2-D chunked dataset whose fixed-array chunk index jhdf cannot read
   * (see {@link FixedArrayChunks}), as the flat array of jhdf's Java type ({@link
   * SampleCodec#javaValues}); null when {@code d} is not such a dataset.
   */
  static Object sliceWithOwnIndex(io.jhdf.api.Dataset d, long[] offset, int[] shape) {
    if (!(d instanceof ChunkedDataset c) || offset.length < 1 || offset.length > 2) return null;
    SampleCodec codec;
    ByteOrder order;
    ChunkedBlocks b;
    try {
      codec = SampleCodec.of(d.getDataType());
      if (codec == null) return null;
      order = SampleCodec.order(d.getDataType());
      b = new ChunkedBlocks(c, d.getDimensions(), c.getChunkDimensions(), codec, order);
    } catch (RuntimeException e) {
      return null;
    }
    if (b.fixedArray == null) return null;
    byte[] raw = offset.length == 1 ? b.readRaw(offset[0], shape[0], 0, 1) : b.readRaw(offset[0], shape[0], offset[1], shape[1]);
    return codec.javaValues(raw, order);
  }

  @Override
  public void read(long row0, int nRows, long col0, int nCols, float[] out, int rowStep, int colStep) {
    boolean big = order == ByteOrder.BIG_ENDIAN;
    forEachPart(row0, nRows, col0, nCols, (bytes, srcOff, r, c, rn, cn) ->
        RectangleCopy.copy(codec, bytes, big, srcOff, chunk[1], rn, cn, out, r * rowStep + c * colStep, rowStep, colStep));
  }

  /**
   * The stored bytes (file byte order, C order) of the rectangle; never written chunks as zero
   * bytes, as in jhdf's hyperslab path.
   */
  byte[] readRaw(long row0, int nRows, long col0, int nCols) {
    int size = codec.bytes();
    byte[] out = new byte[Math.multiplyExact(Math.multiplyExact(nRows, nCols), size)];
    forEachPart(row0, nRows, col0, nCols, (bytes, srcOff, r, c, rn, cn) -> {
      for (int i = 0; i < rn; i++) {
        System.arraycopy(bytes, srcOff + i * chunk[1] * size, out, ((r + i) * nCols + c) * size, cn * size);
      }
    });
    return out;
  }

  /** A part of a chunk inside a rectangle: rows {@code r..r+rn}, columns {@code c..c+cn} of it. */
  private interface Part {
    void accept(byte[] chunkBytes, int srcOff, int r, int c, int rn, int cn);
  }

  /** Every written chunk the rectangle touches, with the part of it inside. */
  private void forEachPart(long row0, int nRows, long col0, int nCols, Part part) {
    if (nRows == 0 || nCols == 0) return;
    long rowEnd = row0 + nRows;
    long colEnd = col0 + nCols;
    for (long cr = row0 / chunk[0]; cr * chunk[0] < rowEnd; cr++) {
      long chunkRow0 = cr * chunk[0];
      long ra = Math.max(row0, chunkRow0);
      long rb = Math.min(rowEnd, chunkRow0 + chunk[0]);
      for (long cc = col0 / chunk[1]; cc * chunk[1] < colEnd; cc++) {
        long chunkCol0 = cc * chunk[1];
        long ca = Math.max(col0, chunkCol0);
        long cb = Math.min(colEnd, chunkCol0 + chunk[1]);
        boolean whole = ra == chunkRow0 && rb == Math.min(dims[0], chunkRow0 + chunk[0])
            && ca == chunkCol0 && cb == Math.min(dims[1], chunkCol0 + chunk[1]);
        byte[] bytes = chunk(cr, cc, whole);
        if (bytes == MISSING) continue;
        int srcOff = (int) (((ra - chunkRow0) * chunk[1] + (ca - chunkCol0)) * codec.bytes());
        part.accept(bytes, srcOff, (int) (ra - row0), (int) (ca - col0), (int) (rb - ra), (int) (cb - ca));
      }
    }
  }

  /**
   * The decompressed chunk at chunk coordinates (cr, cc), from the cache when there. A chunk read
   * only in part ({@code whole} false) is kept for the neighbouring block that will want the rest;
   * one read whole is not (a reader going through the file block by block never comes back to it).
   */
  private byte[] chunk(long cr, long cc, boolean whole) {
    long key = cr * ((dims[1] + chunk[1] - 1) / chunk[1]) + cc;
    synchronized (cache) {
      byte[] b = whole ? cache.remove(key) : cache.get(key);
      if (b != null) {
        if (whole) cached -= b.length;
        return b;
      }
    }
    byte[] b = decompress(rank == 1 ? new int[] {(int) (cr * chunk[0])} : new int[] {(int) (cr * chunk[0]), (int) (cc * chunk[1])});
    if (whole) return b;
    synchronized (cache) {
      if (cache.put(key, b) == null) cached += b.length;
      var it = cache.entrySet().iterator();
      while (cached > CACHE_BYTES && it.hasNext()) {
        var e = it.next();
        if (e.getKey() == key) continue;
        cached -= e.getValue().length;
        it.remove();
      }
    }
    return b;
  }


  private byte[] decompress(int[] offset) {
    byte[] b;
    try {
      if (fixedArray != null) {
        java.nio.ByteBuffer raw = fixedArray.rawChunk(java.util.Arrays.stream(offset).asLongStream().toArray(),
            rank == 1 ? new int[] {chunk[0]} : chunk);
        if (raw == null) return MISSING;
        if (inflater != null) {
          b = inflater.decode(raw);
        } else {
          b = new byte[raw.remaining()];
          raw.get(b);
        }
      } else {
        b = inflater == null ? data.getDecompressedChunk(offset) : inflater.decode(data.getRawChunkBuffer(offset));
      }
    } catch (DataFormatException e) {
      throw new DasFormatException(file, data.getPath() + ": chunk at " + java.util.Arrays.toString(offset)
          + " does not inflate: " + e.getMessage(), e);
    } catch (HdfException e) {
      if (e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("No chunk with offset")) return MISSING;
      throw Hdf5.translate(file, data.getPath(), "read samples", e);
    } catch (RuntimeException e) {
      throw Hdf5.translate(file, data.getPath(), "read samples", e);
    }
    if (b.length < chunkBytes) {
      throw new DasFormatException(file, data.getPath() + ": chunk at " + java.util.Arrays.toString(offset) + " decompresses to "
          + b.length + " bytes, expected " + chunkBytes);
    }
    return b;
  }
}

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
 * decompressed chunk has the full chunk shape. Recently decompressed chunks are kept (up to
 * {@link #CACHE_BYTES}) because consecutive time blocks that do not line up with the chunks share
 * them. Chunks never written read as 0, as in jhdf's hyperslab path.
 */
final class ChunkedBlocks implements BlockReader {
  static final long CACHE_BYTES = 64L << 20;

  private final ChunkedDataset data;
  private final String file;
  private final long[] dims;
  private final int[] chunk;
  private final SampleCodec codec;
  private final ByteOrder order;
  private final int chunkBytes;
  private final ChunkInflater inflater;
  private final Map<Long, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true);
  private long cached;

  /** A chunk absent from the index (never written). */
  private static final byte[] MISSING = new byte[0];

  ChunkedBlocks(ChunkedDataset d, int[] dims, int[] chunk, SampleCodec codec, ByteOrder order) {
    this.data = d;
    this.file = Hdf5.fileName(d);
    this.dims = new long[] {dims[0], dims[1]};
    this.chunk = chunk.clone();
    this.codec = codec;
    this.order = order;
    this.chunkBytes = Math.multiplyExact(Math.multiplyExact(chunk[0], chunk[1]), codec.bytes());
    this.inflater = ChunkInflater.of(d.getFilters(), codec.bytes(), chunkBytes);
  }

  @Override
  public void read(long row0, int nRows, long col0, int nCols, float[] out, int rowStep, int colStep) {
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
        byte[] bytes = chunk(cr, cc);
        if (bytes == MISSING) continue;
        int srcOff = (int) (((ra - chunkRow0) * chunk[1] + (ca - chunkCol0)) * codec.bytes());
        RectangleCopy.copy(codec, bytes, order == ByteOrder.BIG_ENDIAN, srcOff, chunk[1], (int) (rb - ra), (int) (cb - ca),
            out, (int) ((ra - row0) * rowStep + (ca - col0) * colStep), rowStep, colStep);
      }
    }
  }

  /** The decompressed chunk at chunk coordinates (cr, cc), from the cache when there. */
  private byte[] chunk(long cr, long cc) {
    long key = cr * ((dims[1] + chunk[1] - 1) / chunk[1]) + cc;
    synchronized (cache) {
      byte[] b = cache.get(key);
      if (b != null) return b;
    }
    byte[] b = decompress(new int[] {(int) (cr * chunk[0]), (int) (cc * chunk[1])});
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
      b = inflater == null ? data.getDecompressedChunk(offset) : inflater.decode(data.getRawChunkBuffer(offset));
    } catch (DataFormatException e) {
      throw new DasFormatException(file, data.getPath() + ": chunk at " + offset[0] + ", " + offset[1]
          + " does not inflate: " + e.getMessage(), e);
    } catch (HdfException e) {
      if (e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("No chunk with offset")) return MISSING;
      throw Hdf5.translate(file, data.getPath(), "read samples", e);
    } catch (RuntimeException e) {
      throw Hdf5.translate(file, data.getPath(), "read samples", e);
    }
    if (b.length < chunkBytes) {
      throw new DasFormatException(file, data.getPath() + ": chunk at " + offset[0] + ", " + offset[1] + " decompresses to "
          + b.length + " bytes, expected " + chunkBytes + " (" + chunk[0] + " x " + chunk[1] + " samples)");
    }
    return b;
  }
}

package dev.fathom.das.hdf;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import java.nio.ByteOrder;

/**
 * Reads a rectangle of a 2-D numeric HDF5 dataset straight into float32, without jhdf's hyperslab
 * path (which builds nested Java arrays element by element): contiguous datasets by reading the
 * byte ranges of the requested rows from the file, chunked ones by decompressing each chunk once
 * and copying the part inside the rectangle. Values equal the hyperslab path's (see
 * {@link SampleCodec}).
 */
public interface BlockReader {
  /**
   * {@code out[r * rowStep + c * colStep] = (float) data[row0 + r][col0 + c]} for
   * {@code r < nRows, c < nCols}; {@code out} must be zero-filled where chunks may be missing
   * (never written chunks read as 0, as in the hyperslab path).
   */
  void read(long row0, int nRows, long col0, int nCols, float[] out, int rowStep, int colStep);

  /**
   * A reader for {@code d}, or null when {@code d} is not 2-D, holds a type {@link SampleCodec}
   * does not decode, is compact or unallocated, or is not in a local file; callers then use the
   * hyperslab path.
   */
  static BlockReader of(Dataset d) {
    try {
      int[] dims = d.getDimensions();
      if (dims.length != 2) return null;
      SampleCodec codec = SampleCodec.of(d.getDataType());
      if (codec == null) return null;
      ByteOrder order = SampleCodec.order(d.getDataType());
      if (d instanceof ContiguousDataset c) {
        if (d.isEmpty() || d.getHdfFile().getHdfBackingStorage().inMemory()) return null;
        return new ContiguousBlocks(c, dims, codec, order);
      }
      if (d instanceof ChunkedDataset c) {
        int[] chunk = c.getChunkDimensions();
        if (chunk.length != 2 || chunk[0] < 1 || chunk[1] < 1) return null;
        // chunks indexed by a fixed array jhdf cannot read are read through FixedArrayChunks
        return new ChunkedBlocks(c, dims, chunk, codec, order);
      }
      return null;
    } catch (RuntimeException e) {
      return null; // anything jhdf cannot tell us: the hyperslab path reports it properly
    }
  }
}

package dev.fathom.das.hdf;

import dev.fathom.core.SourceAccessException;
import dev.fathom.das.TruncatedDasFileException;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.storage.HdfBackingStorage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Rectangles of a contiguous 2-D dataset read as byte ranges of its file: rows of whole rows (or
 * of at least half a row) are one range with the unwanted columns skipped in memory; narrower
 * selections read one range per row. At most {@link #BATCH_BYTES} (or one row) are held at a time. The data's
 * file offset is the layout message's address plus the superblock's base address (HDF5 File
 * Format Specification, sections II.A and IV.A.2.i).
 */
final class ContiguousBlocks implements BlockReader {
  /**
   * Bytes read per batch: large enough for few system calls, small enough to stay in L2 cache while
   * it is converted (and below G1's humongous-object size for heaps of 1 GB and more).
   */
  static final int BATCH_BYTES = 256 << 10;

  private final String file;
  private final String path;
  private final FileChannel channel;
  private final long dataOffset;
  private final long cols;
  private final SampleCodec codec;
  private final ByteOrder order;
  private final int batchBytes;

  ContiguousBlocks(ContiguousDataset d, int[] dims, SampleCodec codec, ByteOrder order) {
    this(d, dims, codec, order, BATCH_BYTES);
  }

  /** With {@code batchBytes} per read instead of {@link #BATCH_BYTES} (tests use small batches). */
  ContiguousBlocks(ContiguousDataset d, int[] dims, SampleCodec codec, ByteOrder order, int batchBytes) {
    HdfBackingStorage storage = d.getHdfFile().getHdfBackingStorage();
    this.file = Hdf5.fileName(d);
    this.path = d.getPath();
    this.channel = storage.getFileChannel();
    this.dataOffset = d.getDataAddress() + storage.getSuperblock().getBaseAddressByte();
    this.cols = dims[1];
    this.codec = codec;
    this.order = order;
    this.batchBytes = batchBytes;
  }

  @Override
  public void read(long row0, int nRows, long col0, int nCols, float[] out, int rowStep, int colStep) {
    int size = codec.bytes();
    long rowBytes = cols * size;
    boolean span = 2L * nCols >= cols && rowBytes <= batchBytes;
    // columns per pass, so that one row's part always fits a batch
    int colsPerPass = span ? nCols : (int) Math.max(1, Math.min(nCols, batchBytes / size));
    for (int p0 = 0; p0 < nCols; p0 += colsPerPass) {
      int pn = Math.min(colsPerPass, nCols - p0);
      long first = col0 + p0;
      int unit = span ? (int) rowBytes : pn * size; // bytes one row takes in the buffer
      int rowsPerBatch = (int) Math.max(1, Math.min(nRows, batchBytes / unit));
      byte[] buf = new byte[Math.multiplyExact(unit, rowsPerBatch)];
      for (int r0 = 0; r0 < nRows; r0 += rowsPerBatch) {
        int rn = Math.min(rowsPerBatch, nRows - r0);
        long at = dataOffset + ((row0 + r0) * cols + first) * size;
        if (span) {
          readFully(buf, (int) ((rn - 1) * rowBytes + (long) pn * size), at);
        } else {
          for (int r = 0; r < rn; r++) readFully(buf, r * unit, unit, at + r * rowBytes);
        }
        int stride = span ? (int) cols : pn;
        RectangleCopy.copy(codec, buf, order == ByteOrder.BIG_ENDIAN, 0, stride, rn, pn, out, r0 * rowStep + p0 * colStep, rowStep, colStep);
      }
    }
  }

  private void readFully(byte[] buf, int len, long at) {
    readFully(buf, 0, len, at);
  }

  private void readFully(byte[] buf, int off, int len, long at) {
    ByteBuffer b = ByteBuffer.wrap(buf, off, len);
    try {
      while (b.hasRemaining()) {
        if (channel.read(b, at + (b.position() - off)) < 0) {
          throw new TruncatedDasFileException(file, at + (b.position() - off), path
              + ": the file ends inside the dataset's samples (truncated?)", null);
        }
      }
    } catch (IOException e) {
      throw new SourceAccessException(file, at, "cannot read samples of " + path + ": " + e.getMessage(), e);
    }
  }
}

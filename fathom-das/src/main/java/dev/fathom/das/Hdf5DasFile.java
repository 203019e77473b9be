package dev.fathom.das;

import dev.fathom.das.hdf.BlockReader;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.api.Dataset;

/**
 * A patch stored as one 2-D HDF5 dataset whose axes are (time, channel) or (channel, time) as
 * {@link DasInfo#dims()} says. Blocks are read as hyperslabs ({@code Dataset.getData(offset,
 * shape)}), so only the requested rows and columns (and the chunks holding them) are read.
 * {@link #readChannelMajor} reads through a {@link BlockReader} (byte ranges of contiguous data,
 * whole chunks of chunked data, converted straight to float32) where the dataset allows.
 */
public class Hdf5DasFile implements DasFile {
  private final DasSource owner;
  private final DasInfo info;
  private final Dataset data;
  private BlockReader reader;
  private boolean readerChecked;

  /**
   * @param owner the source this file closes, or null for a patch whose parent closes it
   * @param info the patch's description ({@code nTime} may be less than the dataset's rows: the
   *     rest is not part of the patch)
   * @param data the 2-D dataset
   */
  public Hdf5DasFile(DasSource owner, DasInfo info, Dataset data) {
    this.owner = owner;
    this.info = info;
    this.data = data;
    int[] dims = data.getDimensions();
    long[] shape = info.shape();
    if (dims.length != 2 || dims[0] < shape[0] || dims[1] < shape[1]) {
      throw new DasFormatException(Hdf5.fileName(data), data.getPath() + " has shape " + java.util.Arrays.toString(dims)
          + ", expected 2-D with at least " + shape[0] + " x " + shape[1]);
    }
  }

  @Override
  public DasInfo info() {
    return info;
  }

  @Override
  public DasArray readBlock(long t0, int nt, int c0, int nc) {
    BlockBounds.check(info, t0, nt, c0, nc);
    if (nt == 0 || nc == 0) return DasArray.allocate(info.dtype(), 0);
    return info.timeMajor()
        ? Hdf5.sliceArray(data, new long[] {t0, c0}, new int[] {nt, nc})
        : Hdf5.sliceArray(data, new long[] {c0, t0}, new int[] {nc, nt});
  }

  @Override
  public float[] readChannelMajor(long t0, int nt, int c0, int nc) {
    BlockBounds.check(info, t0, nt, c0, nc);
    BlockReader r = reader();
    if (r == null) return DasFile.super.readChannelMajor(t0, nt, c0, nc);
    float[] out = new float[Math.multiplyExact(nt, nc)];
    if (out.length == 0) return out;
    if (info.timeMajor()) r.read(t0, nt, c0, nc, out, 1, nt);
    else r.read(c0, nc, t0, nt, out, nt, 1);
    return out;
  }

  private synchronized BlockReader reader() {
    if (!readerChecked) {
      reader = BlockReader.of(data);
      readerChecked = true;
    }
    return reader;
  }

  @Override
  public void close() {
    if (owner != null) owner.close();
  }
}

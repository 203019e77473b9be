package dev.fathom.das;

/**
 * An open DAS file (one patch of it; {@link #patch(int)} gives the others). Reads only the
 * slices a call asks for. Close it when done; closing the file closes all its patches.
 */
public interface DasFile extends AutoCloseable {
  /** Format, axes, units and attributes of this patch; no bulk data read. */
  DasInfo info();

  /** Number of patches in the file (FBE bands, Febus zones); 1 for most files. */
  default int patchCount() {
    return 1;
  }

  /** Patch {@code i} of the file (shares this file's resources; do not close it separately). */
  default DasFile patch(int i) {
    if (i != 0) throw new IndexOutOfBoundsException("patch " + i + " of 1");
    return this;
  }

  /**
   * The block {@code [timeIndex, timeIndex+nTime) x [channelStart, channelStart+nChannels)} in the
   * file's own axis order and type: row-major with shape (nTime, nChannels) when
   * {@link DasInfo#timeMajor()}, else (nChannels, nTime).
   */
  DasArray readBlock(long timeIndex, int nTime, int channelStart, int nChannels);

  /**
   * The block as float32, channel-major: {@code out[c * nTime + t]} is channel
   * {@code channelStart + c} at time index {@code timeIndex + t} (what a chunk .npy of shape
   * (nx, nt) holds).
   */
  default float[] readChannelMajor(long timeIndex, int nTime, int channelStart, int nChannels) {
    DasArray b = readBlock(timeIndex, nTime, channelStart, nChannels);
    return info().timeMajor() ? b.transposeToFloat32(nTime, nChannels) : b.toFloat32();
  }

  /** The samples inside {@code selection} with their coordinates. */
  default DasPatch read(DasSelection selection) {
    DasInfo info = info();
    long[] t = selection.timeRange(info);
    int[] c = selection.channelRange(info);
    int nt = Math.toIntExact(t[1]);
    DasArray data = nt == 0 || c[1] == 0 ? DasArray.allocate(info.dtype(), 0) : readBlock(t[0], nt, c[0], c[1]);
    return new DasPatch(info.slice(t[0], nt, c[0], c[1]), data);
  }

  /** Everything. */
  default DasPatch read() {
    return read(DasSelection.ALL);
  }

  @Override
  void close();
}

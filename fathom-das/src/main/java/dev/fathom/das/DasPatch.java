package dev.fathom.das;

/**
 * Samples with their coordinates: {@code data} is row-major in {@code info.dims()} order with
 * shape {@code info.shape()}, in the file's type ({@code info.dtype()}).
 */
public record DasPatch(DasInfo info, DasArray data) {
  public DasPatch {
    long[] s = info.shape();
    if (s[0] * s[1] != data.length()) {
      throw new IllegalArgumentException("data length " + data.length() + " != shape " + s[0] + "x" + s[1]);
    }
  }

  /** Sample at (time index, channel index). */
  public double get(long t, int ch) {
    return data.get((int) (info.timeMajor() ? t * info.nChannels() + ch : ch * info.nTime() + t));
  }
}

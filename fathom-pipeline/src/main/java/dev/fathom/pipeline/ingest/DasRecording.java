package dev.fathom.pipeline.ingest;

import dev.fathom.das.DasFile;
import dev.fathom.das.DasFiles;
import dev.fathom.das.DasInfo;
import java.nio.file.Path;

/**
 * A DAS vendor file (PRODML, Silixa, Febus, Terra15, OptoDAS, TDMS, ... — whatever fathom-das
 * detects) as a {@link Recording}: its first patch (raw data; FBE band patches are results, not
 * recordings), channels along the distance axis, the absolute UTC time axis, samples converted
 * to double from float32 reads (exact for int16/int32-range and float32 storage).
 */
public final class DasRecording implements Recording {
  private final DasFile file;
  private final DasInfo info;
  private final String name;

  private DasRecording(DasFile file, String name) {
    this.file = file;
    this.info = file.info();
    this.name = name;
  }

  /** Opens {@code path}, detecting its format (a typed error when no reader matches). */
  public static DasRecording open(Path path) {
    return new DasRecording(DasFiles.open(path), path.toString());
  }

  /** Patches in the file; only patch 0 is ingested. */
  public int patches() {
    return file.patchCount();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String format() {
    return info.format() + " " + info.version();
  }

  @Override
  public long startNanos() {
    return info.startNanos();
  }

  @Override
  public double sampleRate() {
    return 1.0 / info.timeStepSeconds();
  }

  @Override
  public int channels() {
    return info.nChannels();
  }

  @Override
  public long samples() {
    return info.nTime();
  }

  @Override
  public double[] measuredDepth() {
    double[] d = new double[info.nChannels()];
    for (int i = 0; i < d.length; i++) d[i] = info.distanceOf(i);
    return d;
  }

  @Override
  public int preferredChannelBlock() {
    // time-major files read whole rows of channels at once
    return info.timeMajor() ? info.nChannels() : 64;
  }

  @Override
  public void read(int channel0, int count, long sample0, int n, double[][] out) {
    float[] block = file.readChannelMajor(sample0, n, channel0, count);
    for (int c = 0; c < count; c++) {
      double[] row = out[c];
      int base = c * n;
      for (int t = 0; t < n; t++) row[t] = block[base + t];
    }
  }

  @Override
  public void read(int channel0, int count, long sample0, int n, float[][] out) {
    float[] block = file.readChannelMajor(sample0, n, channel0, count);
    for (int c = 0; c < count; c++) System.arraycopy(block, c * n, out[c], 0, n);
  }

  @Override
  public void close() {
    file.close();
  }
}

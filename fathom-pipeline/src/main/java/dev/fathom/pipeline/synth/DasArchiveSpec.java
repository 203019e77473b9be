package dev.fathom.pipeline.synth;

/**
 * The shape of a synthetic DAS archive: how many channels, how densely sampled, how many files.
 *
 * @param channels traces per file (one per fibre channel)
 * @param channelSpacing metres between channels along the fibre
 * @param firstDepth measured depth of channel 0, metres
 * @param sampleRate samples per second per channel (Hz)
 * @param secondsPerFile seconds of data in each file
 * @param files number of files (consecutive in time, no gap)
 * @param startTime unix time (s, UTC) of the first sample of the first file
 * @param seed random seed: the same spec writes the same bytes
 */
public record DasArchiveSpec(
    int channels, double channelSpacing, double firstDepth, int sampleRate, int secondsPerFile, int files, long startTime, long seed) {

  /** Bytes of the SEG-Y binary and textual headers of each file. */
  static final int FILE_HEADER_BYTES = 3600;
  /** Bytes of one trace header. */
  static final int TRACE_HEADER_BYTES = 240;

  public DasArchiveSpec {
    if (channels < 1 || files < 1 || secondsPerFile < 1 || sampleRate < 1) {
      throw new IllegalArgumentException("channels, files, seconds per file and sample rate must be positive");
    }
    if (!(channelSpacing > 0)) throw new IllegalArgumentException("channel spacing must be positive: " + channelSpacing);
    if ((long) sampleRate * secondsPerFile > (Integer.MAX_VALUE - TRACE_HEADER_BYTES) / 4) {
      throw new IllegalArgumentException("a trace of " + (long) sampleRate * secondsPerFile + " samples is too long");
    }
  }

  /**
   * The demo archive: 200 channels 2 m apart from 500 m, 4 kHz, 6 files of 10 s from
   * 2020-09-13T12:26:40Z (192 MB).
   */
  public static DasArchiveSpec defaults() {
    return new DasArchiveSpec(200, 2.0, 500.0, 4000, 10, 6, 1600000000L, 1);
  }

  /**
   * An archive of at least {@code bytes} bytes, for benchmarks: {@code channels} at
   * {@code sampleRate}, files of {@code secondsPerFile} seconds, as many files as needed.
   */
  public static DasArchiveSpec ofSize(long bytes, int channels, int sampleRate, int secondsPerFile, long seed) {
    DasArchiveSpec one = new DasArchiveSpec(channels, 1.0, 0.0, sampleRate, secondsPerFile, 1, 1600000000L, seed);
    long files = Math.max(1, (bytes + one.fileBytes() - 1) / one.fileBytes());
    if (files > Integer.MAX_VALUE) throw new IllegalArgumentException("too many files: " + files);
    return new DasArchiveSpec(channels, 1.0, 0.0, sampleRate, secondsPerFile, (int) files, 1600000000L, seed);
  }

  /** Samples per trace. */
  public int samplesPerTrace() {
    return sampleRate * secondsPerFile;
  }

  /** Measured depth of channel {@code c}, metres. */
  public double depth(int c) {
    return firstDepth + c * channelSpacing;
  }

  /** Bytes of one file (big-endian IEEE float32 samples). */
  public long fileBytes() {
    return FILE_HEADER_BYTES + (long) channels * (TRACE_HEADER_BYTES + 4L * samplesPerTrace());
  }

  /** Bytes of the whole archive. */
  public long totalBytes() {
    return fileBytes() * files;
  }

  /** Seconds of data in the whole archive. */
  public long totalSeconds() {
    return (long) secondsPerFile * files;
  }
}

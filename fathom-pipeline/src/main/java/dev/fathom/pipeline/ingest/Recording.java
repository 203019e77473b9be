package dev.fathom.pipeline.ingest;

/**
 * One recorded file to cut into chunks: {@code channels()} channels (along the fibre) sampled at
 * {@code sampleRate()} Hz for {@code samples()} samples, the first at {@code startNanos()} (UTC,
 * nanoseconds since the Unix epoch). Implementations read lazily: only what {@link #read} asks for.
 */
public interface Recording extends AutoCloseable {

  /** The file (or URI) for messages. */
  String name();

  /** Format name for reports, e.g. {@code "segy"}, {@code "prodml"}. */
  String format();

  /** UTC time of the first sample, nanoseconds since 1970-01-01T00:00:00Z. */
  long startNanos();

  /** Samples per second (Hz). */
  double sampleRate();

  /** Number of channels (rows of a chunk). */
  int channels();

  /** Number of samples per channel. */
  long samples();

  /** Measured depth (or distance along the fibre) of every channel, in the file's units. */
  double[] measuredDepth();

  /**
   * Reads samples {@code [sample0, sample0 + n)} of channels {@code [channel0, channel0 + count)}
   * into {@code out[c][0..n)} (channel-major, as a chunk's rows), as doubles (exact for every
   * stored type).
   */
  void read(int channel0, int count, long sample0, int n, double[][] out);

  /** As {@link #read(int, int, long, int, double[][])}, as float32 (for float32 chunks: no widening). */
  void read(int channel0, int count, long sample0, int n, float[][] out);

  /** Channels per {@link #read} call that suit the storage (e.g. traces per large read). */
  default int preferredChannelBlock() {
    return 64;
  }

  /** Remarks about the file found while opening it (e.g. a missing recording time). */
  default java.util.List<String> notes() {
    return java.util.List.of();
  }

  @Override
  void close();
}

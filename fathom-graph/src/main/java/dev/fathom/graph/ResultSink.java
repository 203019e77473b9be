package dev.fathom.graph;

/**
 * The run's output folder as writer commands see it, addressed by paths relative to it
 * ({@code "NoiseLog/1600000000.fbe"}). Implementations write atomically (temporary name, then
 * rename) and create missing folders.
 */
public interface ResultSink {
  /** Writes {@code array} as a {@code .npy} file (format 1.0, little-endian, its own dtype). */
  void writeNpy(String relativePath, NdArray array);

  /** Writes raw bytes (images, XML). */
  void writeBytes(String relativePath, byte[] content);

  /** Reads a {@code .npy} file from the output folder (distpy's {@code data_load}). */
  NdArray readNpy(String relativePath);

  /** A sink that refuses everything: for runs without an output folder. */
  ResultSink NONE =
      new ResultSink() {
        @Override
        public void writeNpy(String relativePath, NdArray array) {
          writeBytes(relativePath, null);
        }

        @Override
        public void writeBytes(String relativePath, byte[] content) {
          throw new CommandException("cannot write " + relativePath + ": the run has no output folder");
        }

        @Override
        public NdArray readNpy(String relativePath) {
          throw new CommandException("cannot read " + relativePath + ": the run has no output folder");
        }
      };
}

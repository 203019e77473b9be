package dev.fathom.core;

import java.io.Closeable;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Positional, thread-safe reads from a sequence of bytes of known size: a local file, an
 * http(s) URL, an object in a store. Nothing is copied or cached beyond what a read asks for
 * (design.md principle 3: stream, never slurp).
 *
 * <p>Implementations are found by URI scheme through {@link ByteSourceProvider} and
 * {@link java.util.ServiceLoader}; use {@link #open(String)}.
 */
public interface ByteSource extends Closeable {

  /** A name for messages: the path or URL as the user gave it. */
  String name();

  /** Size in bytes. */
  long size();

  /**
   * Reads exactly {@code dst.remaining()} bytes starting at byte {@code position} into
   * {@code dst}, advancing its position.
   *
   * @throws SourceAccessException if the source ends before the range or cannot be read
   */
  void readFully(long position, ByteBuffer dst);

  /** Reads {@code length} bytes at {@code position} into a new heap buffer (position 0). */
  default ByteBuffer read(long position, int length) {
    ByteBuffer b = ByteBuffer.allocate(length);
    readFully(position, b);
    b.flip();
    return b;
  }

  /**
   * A good size in bytes for one read of a long sequential scan of this source: large for remote
   * sources (each read is a request), small for local files (the copy then lands in cache).
   */
  default int preferredReadSize() {
    return 8 << 20;
  }

  /**
   * A hint from a caller that reads nothing at or after byte {@code end} of this source (a task
   * that scans one byte range with a source opened for it): a source that reads ahead (s3) stops
   * its read-ahead there, so the scan fetches no byte past its range. Reads past {@code end} stay
   * correct, only not read ahead. Default: nothing to do.
   */
  default void limitReadAhead(long end) {}

  @Override
  void close();

  /**
   * Opens a path or URI. A string with a scheme ({@code http://}, {@code s3://}) goes to the
   * provider of that scheme; anything else is a local path.
   */
  static ByteSource open(String pathOrUri) {
    return ByteSourceProviders.open(pathOrUri);
  }

  /** Opens a URI through the provider of its scheme. */
  static ByteSource open(URI uri) {
    return ByteSourceProviders.open(uri);
  }

  /** Opens a local file. */
  static ByteSource open(Path path) {
    return FileByteSource.open(path);
  }
}

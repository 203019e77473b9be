package dev.fathom.core.store;

import java.io.OutputStream;

/**
 * One output being written to an {@link OutputStore}: readers of the store see nothing under its
 * name until {@link #close()} commits it, and then the whole content (design.md principle 4).
 * {@link #abort()} discards what was written; a {@code close()} after {@code abort()} does
 * nothing. Not thread-safe: one writer per output.
 *
 * <p>A try-with-resources block commits even when its body throws; where a failure must not
 * leave a partial output, use {@link OutputStore#write(String, OutputStore.ContentWriter)}, which
 * aborts on failure.
 */
public abstract class AtomicOutput extends OutputStream {

  /** The full name of the output for messages: its path or URI. */
  public abstract String location();

  /** Discards the output: nothing appears under its name (an older output stays). Idempotent. */
  public abstract void abort();

  /**
   * Commits the output: from now on readers see the whole content under its name.
   *
   * @throws dev.fathom.core.SinkAccessException if the store refuses it (nothing is then
   *     visible under the name)
   */
  @Override
  public abstract void close();
}

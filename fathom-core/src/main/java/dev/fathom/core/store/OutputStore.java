package dev.fathom.core.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A place outputs are written to, each atomically: a local folder, or a prefix in an object
 * store ({@code s3://bucket/run1/}). Outputs are named by relative names with {@code /}
 * separators ({@code "chunks/000012.npy"}, see {@link StoreNames}); an output appears under its
 * name only once complete ({@link AtomicOutput}), so a reader, or a resumed run asking
 * {@link #exists}, never sees a partial one.
 *
 * <p>Implementations are thread-safe (outputs of different names may be written concurrently)
 * and found by URI scheme through {@link OutputStoreProvider}; use {@link #open(String)}.
 */
public interface OutputStore extends Closeable {

  /** Writes the whole content of one output. */
  @FunctionalInterface
  interface ContentWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The root as given: a folder path or a URI. */
  String location();

  /** The full path or URI of {@code name} in this store, for messages and for readers. */
  String locationOf(String name);

  /**
   * Starts writing output {@code name}; it replaces any output of that name when committed.
   *
   * @throws IllegalArgumentException if {@code name} is not a valid relative name
   * @throws dev.fathom.core.SinkAccessException if the store cannot be written
   */
  AtomicOutput create(String name);

  /** True when a complete output of that name exists. */
  boolean exists(String name);

  /**
   * The names of the complete outputs whose name starts with {@code prefix} (any depth; "" for
   * all), sorted by their UTF-16 code units as {@link String#compareTo} does.
   */
  List<String> list(String prefix);

  /**
   * Writes output {@code name} with the bytes {@code writer} puts in the stream: committed when
   * the writer returns, aborted (nothing visible) when it throws.
   *
   * @throws dev.fathom.core.SinkAccessException if writing or committing fails; an exception of
   *     the writer is rethrown as it is (unchecked) or wrapped (IOException)
   */
  default void write(String name, ContentWriter writer) {
    AtomicOutput out = create(name);
    boolean written = false;
    try {
      writer.writeTo(out);
      written = true;
    } catch (IOException e) {
      throw new dev.fathom.core.SinkAccessException(out.location(), dev.fathom.core.FathomException.NO_OFFSET,
          "cannot write: " + e, e);
    } finally {
      if (!written) {
        out.abort();
      }
    }
    out.close();
  }

  /** Releases what the store holds (nothing for folders); outputs not closed are aborted by their owners. */
  @Override
  default void close() {}

  /**
   * Opens a store: a string with a scheme ({@code s3://bucket/prefix}) goes to the provider of
   * that scheme, a {@code file:} URI or anything else is a local folder (created when the first
   * output is written).
   */
  static OutputStore open(String pathOrUri) {
    return OutputStores.open(pathOrUri);
  }
}

package dev.fathom.core;

import java.net.URI;
import java.util.Set;

/**
 * Service provider of {@link ByteSource}s for some URI schemes. Register an implementation in
 * {@code META-INF/services/dev.fathom.core.ByteSourceProvider}.
 */
public interface ByteSourceProvider {
  /** Lower-case schemes handled, e.g. {@code "http", "https"}. */
  Set<String> schemes();

  /** Opens the source named by {@code uri}; the scheme is one of {@link #schemes()}. */
  ByteSource open(URI uri);
}

package dev.fathom.core.store;

import java.net.URI;
import java.util.Set;

/**
 * Service provider of {@link OutputStore}s for some URI schemes (e.g. {@code s3}). Register an
 * implementation in {@code META-INF/services/dev.fathom.core.store.OutputStoreProvider}.
 */
public interface OutputStoreProvider {
  /** Lower-case schemes handled. */
  Set<String> schemes();

  /** Opens the store rooted at {@code uri}; the scheme is one of {@link #schemes()}. */
  OutputStore open(URI uri);
}

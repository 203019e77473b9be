package dev.fathom.cloud;

import dev.fathom.core.store.OutputStore;
import dev.fathom.core.store.OutputStoreProvider;
import java.net.URI;
import java.util.Set;

/**
 * Opens {@code s3://bucket/prefix} as {@link S3OutputStore}s with the settings of the
 * environment. Registered in {@code META-INF/services/dev.fathom.core.store.OutputStoreProvider}.
 */
public final class S3OutputStoreProvider implements OutputStoreProvider {
  @Override
  public Set<String> schemes() {
    return Set.of("s3");
  }

  @Override
  public OutputStore open(URI uri) {
    return S3OutputStore.open(uri);
  }
}

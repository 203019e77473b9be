package dev.fathom.cloud;

import dev.fathom.core.ByteSource;
import dev.fathom.core.ByteSourceProvider;
import java.net.URI;
import java.util.Set;

/**
 * Opens {@code s3://bucket/key} as {@link S3ByteSource}s with the settings of the environment
 * read at each open ({@link S3Settings#fromEnvironment()}). Registered in
 * {@code META-INF/services/dev.fathom.core.ByteSourceProvider}.
 */
public final class S3ByteSourceProvider implements ByteSourceProvider {
  @Override
  public Set<String> schemes() {
    return Set.of("s3");
  }

  @Override
  public ByteSource open(URI uri) {
    return S3ByteSource.open(uri);
  }
}

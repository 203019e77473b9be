package dev.fathom.core.http;

import dev.fathom.core.ByteSource;
import dev.fathom.core.ByteSourceProvider;
import java.net.URI;
import java.util.Set;

/**
 * Opens {@code http://} and {@code https://} URLs as {@link HttpByteSource}s, with the
 * {@link HttpOptions} of the {@code fathom.http.*} system properties read at each open.
 * Registered in {@code META-INF/services/dev.fathom.core.ByteSourceProvider}.
 */
public final class HttpByteSourceProvider implements ByteSourceProvider {
  @Override
  public Set<String> schemes() {
    return Set.of("http", "https");
  }

  @Override
  public ByteSource open(URI uri) {
    return HttpByteSource.open(uri, HttpOptions.fromSystemProperties());
  }
}

package dev.fathom.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Finds {@link ByteSourceProvider}s by scheme through {@link ServiceLoader}. */
final class ByteSourceProviders {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

  private ByteSourceProviders() {}

  static ByteSource open(String pathOrUri) {
    if (pathOrUri.startsWith("file:")) {
      return FileByteSource.open(Path.of(toUri(pathOrUri)));
    }
    if (SCHEME.matcher(pathOrUri).matches()) {
      return open(toUri(pathOrUri));
    }
    return FileByteSource.open(Path.of(pathOrUri));
  }

  static ByteSource open(URI uri) {
    String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      return FileByteSource.open(Path.of(uri));
    }
    Map<String, ByteSourceProvider> providers = providers();
    ByteSourceProvider p = providers.get(scheme);
    if (p == null) {
      throw new SourceAccessException(
          uri.toString(),
          FathomException.NO_OFFSET,
          "no reader for scheme '" + scheme + "' (known: file, " + String.join(", ", providers.keySet()) + ")");
    }
    return p.open(uri);
  }

  private static URI toUri(String s) {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new SourceAccessException(s, FathomException.NO_OFFSET, "not a valid URI: " + e.getMessage());
    }
  }

  private static Map<String, ByteSourceProvider> providers() {
    Map<String, ByteSourceProvider> m = new TreeMap<>();
    for (ByteSourceProvider p : ServiceLoader.load(ByteSourceProvider.class)) {
      for (String s : p.schemes()) {
        m.putIfAbsent(s.toLowerCase(Locale.ROOT), p);
      }
    }
    return m;
  }
}

package dev.fathom.core.store;

import dev.fathom.core.FathomException;
import dev.fathom.core.SinkAccessException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Finds {@link OutputStoreProvider}s by scheme through {@link ServiceLoader}. */
final class OutputStores {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

  private OutputStores() {}

  static OutputStore open(String pathOrUri) {
    if (pathOrUri.startsWith("file:")) {
      return new FileOutputStore(Path.of(toUri(pathOrUri)));
    }
    if (!SCHEME.matcher(pathOrUri).matches()) {
      return new FileOutputStore(Path.of(pathOrUri));
    }
    URI uri = toUri(pathOrUri);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    Map<String, OutputStoreProvider> providers = providers();
    OutputStoreProvider p = providers.get(scheme);
    if (p == null) {
      throw new SinkAccessException(pathOrUri, FathomException.NO_OFFSET,
          "no writer for scheme '" + scheme + "' (known: file" + (providers.isEmpty() ? "" : ", ")
              + String.join(", ", providers.keySet()) + ")");
    }
    return p.open(uri);
  }

  private static URI toUri(String s) {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new SinkAccessException(s, FathomException.NO_OFFSET, "not a valid URI: " + e.getMessage());
    }
  }

  private static Map<String, OutputStoreProvider> providers() {
    Map<String, OutputStoreProvider> m = new TreeMap<>();
    for (OutputStoreProvider p : ServiceLoader.load(OutputStoreProvider.class)) {
      for (String s : p.schemes()) {
        m.putIfAbsent(s.toLowerCase(Locale.ROOT), p);
      }
    }
    return m;
  }
}

package dev.fathom.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates ../shared (test data, reference outputs) for tests: system property or environment
 * variable {@code FATHOM_SHARED} (also {@code fathom.shared}), else {@code ../shared} from the
 * repository root. Tests that need it call {@link #require()}, which skips them with a message
 * when it is absent; CI fails when it is absent (.ci/run checks).
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, or null when it cannot be found. */
  public static Path find() {
    for (String v :
        new String[] {
          System.getProperty("FATHOM_SHARED"),
          System.getenv("FATHOM_SHARED"),
          System.getProperty("fathom.shared")
        }) {
      if (v != null && !v.isBlank() && Files.isDirectory(Path.of(v))) {
        return Path.of(v).toAbsolutePath().normalize();
      }
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("testdata")) && Files.exists(p.resolve("pom.xml"))) {
        return candidate.normalize();
      }
    }
    return null;
  }

  /** The shared folder; skips the calling test (with the reason) when it is absent. */
  public static Path require() {
    Path p = find();
    assumeTrue(p != null, "FATHOM_SHARED not set and ../shared not found: test skipped");
    return p;
  }

  /** A path under the shared folder; skips the test when the folder or the path is absent. */
  public static Path require(String relative) {
    Path p = require().resolve(relative);
    assumeTrue(Files.exists(p), relative + " not found under shared/: test skipped");
    return p;
  }
}

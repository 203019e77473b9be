package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs npy_crosscheck.py with a Python that has numpy: {@code python3} on the PATH, or the one
 * named by the system property or environment variable {@code FATHOM_PYTHON}. Tests that need it
 * call {@link #assumeAvailable()}, which skips them with a message when there is none.
 */
final class Numpy {
  private static final String SCRIPT = "npy_crosscheck.py";
  private static Boolean available;

  private Numpy() {}

  static String python() {
    String p = System.getProperty("FATHOM_PYTHON", System.getenv("FATHOM_PYTHON"));
    return p == null || p.isBlank() ? "python3" : p;
  }

  static synchronized boolean available() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder(python(), "-c", "import numpy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        available = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        available = false;
      }
    }
    return available;
  }

  static void assumeAvailable() {
    assumeTrue(available(), python() + " with numpy not found (set FATHOM_PYTHON to a Python with numpy): numpy cross-check skipped");
  }

  /** Runs the script in {@code mode} on {@code dir}; returns its output lines; fails on a non-zero exit. */
  static List<String> run(String mode, Path dir) throws IOException, InterruptedException {
    Path script = Files.createTempFile("fathom-npy-", ".py");
    try {
      try (InputStream in = Numpy.class.getResourceAsStream(SCRIPT)) {
        Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      }
      Process p = new ProcessBuilder(python(), script.toString(), mode, dir.toString()).start();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
        try {
          return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          return e.toString();
        }
      });
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(true, p.waitFor(120, TimeUnit.SECONDS), "python timed out");
      assertEquals(0, p.exitValue(), () -> "python failed: " + err.join());
      return out.lines().toList();
    } finally {
      Files.deleteIfExists(script);
    }
  }
}

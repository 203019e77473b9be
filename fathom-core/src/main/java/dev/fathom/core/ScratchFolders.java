package dev.fathom.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch folders a command made for itself (benchmark files, a local cluster's work folders). */
public final class ScratchFolders {
  private ScratchFolders() {}

  /**
   * Deletes {@code folder} and everything under it, as far as it can: scratch, so what cannot be
   * listed or deleted stays, silently. Links are deleted, not followed.
   */
  public static void delete(Path folder) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.deleteIfExists(f);
        } catch (IOException ignored) {
          // scratch: what cannot be deleted stays
        }
      });
    } catch (IOException | UncheckedIOException ignored) {
      // scratch: what cannot be listed stays
    }
  }
}

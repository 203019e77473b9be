package dev.fathom.pipeline.ingest;

import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds and opens the recordings of an archive folder: SEG-Y files by their extension. */
public final class Recordings {
  private Recordings() {}

  /** Extensions read as SEG-Y. */
  static final List<String> SEGY_EXTENSIONS = List.of(".sgy", ".segy", ".seg-y");

  /** Whether {@code file} is a recording this ingest reads. */
  public static boolean isRecording(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return SEGY_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  /** Opens a recording; the format is chosen by {@link #isRecording}'s rules. */
  public static Recording open(Path file) {
    return SegyRecording.open(file.toString());
  }

  /**
   * Every recording under {@code folder} (any depth, as distpy walks it), hidden files and
   * folders excluded, sorted by path.
   */
  public static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new SourceAccessException(folder.toString(), FathomException.NO_OFFSET, "no such folder (the ingest's input: in_drive/project/data)");
    }
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !folder.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
          .filter(Recordings::isRecording)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SourceAccessException(folder.toString(), FathomException.NO_OFFSET, "cannot list: " + e.getMessage());
    }
  }
}

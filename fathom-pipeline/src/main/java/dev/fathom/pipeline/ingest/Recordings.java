package dev.fathom.pipeline.ingest;

import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds and opens the recordings of an archive folder: SEG-Y files by their extension
 * ({@code .sgy}, {@code .segy}), DAS vendor files (HDF5, TDMS) by their extension and then by
 * fathom-das's format detection.
 */
public final class Recordings {
  private Recordings() {}

  /** Extensions read as SEG-Y. */
  static final List<String> SEGY_EXTENSIONS = List.of(".sgy", ".segy", ".seg-y");

  /** Extensions read through fathom-das. */
  static final List<String> DAS_EXTENSIONS = List.of(".h5", ".hdf5", ".hdf", ".tdms");

  /** Whether {@code file} is a recording this ingest reads (by its extension). */
  public static boolean isRecording(Path file) {
    return isSegy(file) || isDas(file);
  }

  private static boolean isSegy(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return SEGY_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  private static boolean isDas(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return DAS_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  /**
   * Opens a recording: SEG-Y through fathom-segy (distpy's depth and time rules), anything else
   * through fathom-das (an "unknown DAS format" error when no reader matches).
   */
  public static Recording open(Path file) {
    return isSegy(file) ? SegyRecording.open(file.toString()) : DasRecording.open(file);
  }

  /**
   * Every recording under {@code folder} (any depth, as distpy walks it), hidden files and
   * folders excluded, sorted by path; a file given instead of a folder is that one recording.
   */
  public static List<Path> list(Path folder) {
    if (Files.isRegularFile(folder)) return List.of(folder);
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

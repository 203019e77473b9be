package dev.fathom.pipeline.process;

import dev.fathom.core.FathomException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The chunk files of a folder as distpy's processing controller finds them (spec distpy.md §3.3):
 * the top level only, {@code <unixtime>.npy} with an integer stem; {@code measured_depth.npy},
 * {@code time.npy}, hidden and other files are not chunks (distpy crashes on a stray file; we pass
 * it by). Sorted by time.
 */
public final class ChunkFiles {
  private ChunkFiles() {}

  /** Whether {@code name} is a chunk file name ({@code <integer>.npy}). */
  public static boolean isChunk(String name) {
    return name.matches("-?\\d{1,18}\\.npy");
  }

  /** The chunk's time: the integer stem of {@code <unixtime>.npy}. */
  public static long timeOf(Path chunk) {
    String n = chunk.getFileName().toString();
    return Long.parseLong(n.substring(0, n.length() - 4));
  }

  /** The chunks of {@code folder}, by time. */
  public static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new SourceAccessException(folder.toString(), FathomException.NO_OFFSET, "no such folder (the chunks: in_drive/project/data)");
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> isChunk(p.getFileName().toString()))
          .sorted(Comparator.comparingLong(ChunkFiles::timeOf))
          .toList();
    } catch (IOException e) {
      throw new SourceAccessException(folder.toString(), FathomException.NO_OFFSET, "cannot list: " + e.getMessage());
    }
  }
}

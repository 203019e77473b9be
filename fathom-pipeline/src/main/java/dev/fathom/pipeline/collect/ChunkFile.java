package dev.fathom.pipeline.collect;

import java.io.Serializable;

/**
 * One per-chunk result file: {@code <unixtime>.<ext>}.
 *
 * @param path the file (absolute)
 * @param time the chunk's start time in unix seconds (UTC), from the file name
 * @param kind what the file holds
 */
public record ChunkFile(String path, long time, ChunkKind kind) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The file name without the folder. */
  public String fileName() {
    return java.nio.file.Path.of(path).getFileName().toString();
  }
}

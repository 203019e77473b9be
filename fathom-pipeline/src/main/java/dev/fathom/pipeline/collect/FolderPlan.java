package dev.fathom.pipeline.collect;

import java.io.Serializable;
import java.util.List;

/**
 * One collect unit: a folder of per-chunk result files and where its collected arrays go.
 *
 * @param dir the input folder (absolute)
 * @param relative {@code dir} relative to the collect input folder, with {@code /} separators
 *     ({@code ""} for the input folder itself)
 * @param out the output folder for this input folder: {@code <outpath>/<relative>}
 * @param kind what the chunk files hold (one kind per folder)
 * @param files the chunk files, sorted by time (numerically)
 * @param depthAxis for {@link ChunkKind#NPY}: the folder's {@code measured_depth.npy}, or null
 *     when there is none
 */
public record FolderPlan(
    String dir, String relative, String out, ChunkKind kind, List<ChunkFile> files, String depthAxis)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public FolderPlan {
    files = List.copyOf(files);
  }

  @Override
  public String toString() {
    return (relative.isEmpty() ? "." : relative) + " (" + files.size() + " files)";
  }
}

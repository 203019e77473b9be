package dev.fathom.pipeline.collect;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code write_npy} chunk files: {@code <unixtime>.npy} of shape {@code (nx,)} or
 * {@code (nx, k)}, any real dtype (read as float64). Column {@code j} of a chunk is curve
 * {@code <folder>_<j>}, or just {@code <folder>} when there is one column, where {@code <folder>}
 * is the folder's own name (a {@code write_npy}'s {@code directory_out}). The depth axis is the
 * folder's {@code measured_depth.npy} ({@code (nx,)} or {@code (nx, 1)}), else {@code 0 .. nx-1}.
 */
final class NpyChunkReader implements ChunkReader {
  private final String folderName;
  private final String depthFile;
  private double[] depth;

  NpyChunkReader(FolderPlan plan) {
    Path dir = Path.of(plan.dir());
    this.folderName = dir.getFileName() == null ? "data" : dir.getFileName().toString();
    this.depthFile = plan.depthAxis();
  }

  @Override
  public Chunk read(ChunkFile file) {
    NpyArray a = Npy.read(Path.of(file.path()));
    if (a.dtype().type().isComplex() || a.ndim() < 1 || a.ndim() > 2) {
      throw new InvalidDataException(file.path(), FathomException.NO_OFFSET, "expected a real (nx,) or (nx, k) array, got "
          + a.dtype() + " of shape " + java.util.Arrays.toString(a.shape()));
    }
    int nx = a.dim(0);
    int k = a.ndim() == 1 ? 1 : a.dim(1);
    double[] flat = a.toDoubleArray();
    double[][] values = new double[k][nx];
    for (int i = 0; i < nx; i++) {
      for (int c = 0; c < k; c++) values[c][i] = flat[i * k + c];
    }
    return new Chunk(file.path(), null, depth(file, nx), curves(k), values);
  }

  private List<String> curves(int k) {
    if (k == 1) return List.of(folderName);
    List<String> names = new ArrayList<>(k);
    for (int c = 0; c < k; c++) names.add(folderName + "_" + c);
    return names;
  }

  private double[] depth(ChunkFile file, int nx) {
    if (depthFile == null) {
      double[] d = new double[nx];
      for (int i = 0; i < nx; i++) d[i] = i;
      return d;
    }
    if (depth == null) {
      NpyArray axis = Npy.read(Path.of(depthFile));
      if (axis.dtype().type().isComplex() || axis.size() != Math.max(axis.dim(0), 1) || axis.ndim() > 2) {
        throw new InvalidDataException(depthFile, FathomException.NO_OFFSET, "expected a depth axis of shape (nx,) or (nx, 1), got "
            + axis.dtype() + " of shape " + java.util.Arrays.toString(axis.shape()));
      }
      depth = axis.toDoubleArray();
    }
    if (depth.length != nx) {
      throw new InvalidDataException(file.path(), FathomException.NO_OFFSET, "has " + nx + " rows but the depth axis "
          + depthFile + " has " + depth.length + " depths");
    }
    return depth;
  }
}

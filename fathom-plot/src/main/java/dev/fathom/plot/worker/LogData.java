package dev.fathom.plot.worker;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.plot.spec.DepthUnit;
import dev.fathom.plot.spec.PlotsConfig;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The plot worker's inputs in one folder: the time reference ({@code (nt,)} unix seconds), the
 * depth reference ({@code (nx,)} metres, shown in the display unit) and the bands
 * ({@code (nx, nt)}: row = depth, column = time), all .npy. Both references must increase
 * strictly.
 *
 * @param time unix seconds of each column
 * @param depth depth of each row in {@code unit}
 */
record LogData(Path dirIn, double[] time, double[] depth, DepthUnit unit) {

  /** Loads and checks the references named by {@code config}. */
  static LogData load(Path dirIn, PlotsConfig config) {
    Path tFile = dirIn.resolve(config.timeReference());
    Path dFile = dirIn.resolve(config.depthReference());
    double[] time = vector(tFile, "time reference (unix seconds)");
    double[] depth = vector(dFile, "depth reference (metres)");
    for (int i = 0; i < depth.length; i++) depth[i] = config.depthUnit().fromMetres(depth[i]);
    return new LogData(dirIn, time, depth, config.depthUnit());
  }

  /** The band in {@code file} (relative to the input folder), checked to be {@code (nx, nt)}. */
  double[][] band(String file) {
    Path p = dirIn.resolve(file);
    NpyArray a = Npy.read(p);
    if (a.ndim() != 2 || a.dim(0) != depth.length || a.dim(1) != time.length) {
      throw new InvalidDataException(p.toString(), FathomException.NO_OFFSET, "band shape " + Arrays.toString(a.shape())
          + ", expected (nx, nt) = [" + depth.length + ", " + time.length + "] from the depth and time references");
    }
    return a.toDouble2D();
  }

  int nx() {
    return depth.length;
  }

  int nt() {
    return time.length;
  }

  private static double[] vector(Path file, String what) {
    NpyArray a = Npy.read(file);
    if (a.ndim() != 1 || a.size() == 0) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET,
          what + ": expected a non-empty 1-D array, found shape " + Arrays.toString(a.shape()));
    }
    double[] v = a.toDoubleArray();
    for (int k = 0; k < v.length; k++) {
      if (!Double.isFinite(v[k]) || k > 0 && !(v[k] > v[k - 1])) {
        throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET,
            what + ": values must be finite and strictly increasing; element " + k + " is " + v[k]);
      }
    }
    return v;
  }
}

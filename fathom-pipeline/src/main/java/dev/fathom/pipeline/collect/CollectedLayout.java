package dev.fathom.pipeline.collect;

import java.nio.file.Path;

/**
 * File names of the collected arrays, distpy's layout (spec distpy.md §3.2, §3.6.3) with the
 * time axis kept per group:
 *
 * <pre>
 * &lt;out&gt;/&lt;curve&gt;/&lt;t0&gt;.npy           float64 (nx, columns of the group), one per group of BOX_SIZE columns
 * &lt;out&gt;/&lt;curve&gt;/time_&lt;t0&gt;.npy      float64 (columns,): unix seconds (UTC) of each column of that group
 * &lt;out&gt;/&lt;curve&gt;/time.npy           float64: every written group's times, concatenated in order
 * &lt;out&gt;/&lt;curve&gt;/measured_depth.npy float64 (nx,)
 * </pre>
 */
public final class CollectedLayout {
  private CollectedLayout() {}

  /** The folder of one curve: its mnemonic, with path separators replaced by {@code _}. */
  public static Path curveDir(Path out, String curve) {
    String safe = curve.replace('/', '_').replace('\\', '_').replace('\0', '_');
    if (safe.equals(".") || safe.equals("..")) safe = safe.replace('.', '_');
    return out.resolve(safe);
  }

  /** The data of the group starting at {@code t0}. */
  public static Path group(Path curveDir, long t0) {
    return curveDir.resolve(t0 + ".npy");
  }

  /** The times of the group starting at {@code t0}. */
  public static Path groupTimes(Path curveDir, long t0) {
    return curveDir.resolve("time_" + t0 + ".npy");
  }

  /** All times of the curve. */
  public static Path times(Path curveDir) {
    return curveDir.resolve("time.npy");
  }

  /** The depth axis. */
  public static Path depth(Path curveDir) {
    return curveDir.resolve("measured_depth.npy");
  }
}

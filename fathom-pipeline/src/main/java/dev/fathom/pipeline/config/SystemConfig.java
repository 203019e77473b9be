package dev.fathom.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * distpy's "system" (controller) configuration, read as distpy's {@code io_helpers.systemConfig}
 * reads it (spec distpy.md §3.1), so a user's existing file works unchanged:
 *
 * <pre>
 * { "in_drive": "/scratch/me", "out_drive": "/home/projects/", "project": "2020prj0001",
 *   "data": "sgy_data", "results": "witsml", "parallel_flag": 1, "ncpu": 32,
 *   "measured_depth": "measured_depth.npy", "prf": 10000, "BOX_SIZE": 500,
 *   "config": "/home/projects/2020prj0001/config/strainrate2noiselog.json" }
 * </pre>
 *
 * <p>{@code inpath = in_drive/project/data}, {@code outpath = out_drive/project/results}; without
 * {@code in_drive} the legacy {@code in_directory}/{@code out_directory} keys name them directly.
 * Deliberate differences from distpy (docs/distpy-compatibility.md): relative paths resolve
 * against the config file's folder (distpy: the working directory, which nests outputs deeper on
 * every chunk of a serial run); unknown keys are reported as warnings; missing or ill-typed values
 * are errors naming the file and the key.
 */
public final class SystemConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Every key distpy reads; anything else is reported. */
  static final Set<String> KNOWN_KEYS = Set.of(
      "in_drive", "out_drive", "project", "data", "results", "in_directory", "out_directory",
      "measured_depth", "time_scale", "prf", "BOX_SIZE", "config", "parallel_flag", "ncpu");

  private final String file;
  private final Path inpath;
  private final Path outpath;
  private final Path config;
  private final boolean parallel;
  private final int ncpu;
  private final int boxSize;
  private final Path xaxisFile;
  private final Path taxisFile;
  private final double prf;
  private final List<String> warnings;

  private SystemConfig(Builder b) {
    this.file = b.file;
    this.inpath = b.inpath;
    this.outpath = b.outpath;
    this.config = b.config;
    this.parallel = b.parallel;
    this.ncpu = b.ncpu;
    this.boxSize = b.boxSize;
    this.xaxisFile = b.xaxisFile;
    this.taxisFile = b.taxisFile;
    this.prf = b.prf;
    this.warnings = List.copyOf(b.warnings);
  }

  /** Reads a system config file. */
  public static SystemConfig read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new SourceAccessException(file.toString(), FathomException.NO_OFFSET, "no such config file");
    } catch (IOException e) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET,
          "not a readable JSON config: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET, "a system config must be a JSON object");
    }
    return parse(root, file.toAbsolutePath().normalize());
  }

  static SystemConfig parse(JsonNode root, Path file) {
    Builder b = new Builder(file.toString());
    Path base = file.getParent();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KNOWN_KEYS.contains(k)) b.warnings.add(file + ": unknown key \"" + k + "\" ignored (known: " + String.join(", ", new java.util.TreeSet<>(KNOWN_KEYS)) + ")");
    }
    Keys keys = new Keys(root, file.toString());
    if (root.has("in_drive")) {
      String project = keys.string("project", true);
      b.inpath = resolve(base, keys.string("in_drive", true)).resolve(project).resolve(keys.string("data", true));
      b.outpath = resolve(base, keys.string("out_drive", true)).resolve(project).resolve(keys.string("results", true));
    } else if (root.has("in_directory") || root.has("out_directory")) {
      b.inpath = resolve(base, keys.string("in_directory", true));
      b.outpath = resolve(base, keys.string("out_directory", true));
    } else {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET,
          "missing key \"in_drive\" (with out_drive, project, data, results) or \"in_directory\"/\"out_directory\"");
    }
    b.xaxisFile = b.inpath.resolve(keys.stringOr("measured_depth", "none.npy"));
    b.taxisFile = b.inpath.resolve(keys.stringOr("time_scale", "none.npy"));
    b.prf = keys.number("prf", 10000);
    if (!(b.prf > 0) || Double.isInfinite(b.prf)) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET, "\"prf\" must be a positive number of Hz, got " + root.get("prf"));
    }
    b.boxSize = (int) keys.number("BOX_SIZE", 400);
    String cfg = keys.stringOr("config", null);
    b.config = cfg == null ? null : resolve(base, cfg);
    b.parallel = keys.number("parallel_flag", 0) > 0;
    b.ncpu = b.parallel ? (int) keys.number("ncpu", 1) : 1;
    if (b.ncpu < 1) {
      throw new InvalidDataException(file.toString(), FathomException.NO_OFFSET, "\"ncpu\" must be at least 1, got " + root.get("ncpu"));
    }
    return new SystemConfig(b);
  }

  private static Path resolve(Path base, String p) {
    Path path = Path.of(p);
    return (path.isAbsolute() ? path : base.resolve(path)).normalize();
  }

  /** The config file this was read from. */
  public String file() {
    return file;
  }

  /** Input folder: {@code in_drive/project/data}. */
  public Path inpath() {
    return inpath;
  }

  /** Output folder: {@code out_drive/project/results}. */
  public Path outpath() {
    return outpath;
  }

  /** The second-level JSON (graph, plots spec), or null when the key is absent. */
  public Path config() {
    return config;
  }

  /** The second-level JSON; an error naming this file when the key is absent. */
  public Path requireConfig(String what) {
    if (config == null) {
      throw new InvalidDataException(file, FathomException.NO_OFFSET, "missing key \"config\" (the " + what + " to use)");
    }
    return config;
  }

  /** {@code parallel_flag > 0}. */
  public boolean parallel() {
    return parallel;
  }

  /** Chunks (or files) processed at once: {@code ncpu} when parallel, else 1. */
  public int ncpu() {
    return ncpu;
  }

  /** {@code BOX_SIZE} (default 400): the repackage size of the second ingest. */
  public int boxSize() {
    return boxSize;
  }

  /** {@code inpath/measured_depth} (default {@code none.npy}, which normally does not exist). */
  public Path xaxisFile() {
    return xaxisFile;
  }

  /** {@code inpath/time_scale} (default {@code none.npy}). */
  public Path taxisFile() {
    return taxisFile;
  }

  /** Sampling rate in Hz (default 10000). */
  public double prf() {
    return prf;
  }


  /** Unknown keys and other remarks, one line each. */
  public List<String> warnings() {
    return warnings;
  }

  private static final class Builder {
    final String file;
    Path inpath;
    Path outpath;
    Path config;
    boolean parallel;
    int ncpu = 1;
    int boxSize = 400;
    Path xaxisFile;
    Path taxisFile;
    double prf = 10000;
    final List<String> warnings = new ArrayList<>();

    Builder(String file) {
      this.file = file;
    }
  }
}

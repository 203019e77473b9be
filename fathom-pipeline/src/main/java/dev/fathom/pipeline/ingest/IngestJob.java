package dev.fathom.pipeline.ingest;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SinkAccessException;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.core.npy.NpyType;
import dev.fathom.pipeline.run.Job;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fathom ingest}: every recording of an archive folder into chunk files of
 * {@code chunkSeconds} seconds ({@code <out>/<unixtime>.npy}, shape (channels, samples), with
 * {@code measured_depth.npy} (channels, 1) float64), one unit per input file.
 *
 * <p>Planning (driver, headers only) sorts the recordings by start time, reports gaps and overlaps
 * between consecutive files, and refuses a file whose chunks would overwrite another file's (an
 * overlap of whole seconds): that file fails with a message naming both, the others go on. A
 * file whose chunks all exist is skipped unless {@code force}; otherwise only missing chunks are
 * written.
 *
 * <p>{@code measured_depth.npy} comes from one recording, fixed when planning: the earliest one
 * that is ingested (ties broken by path), so the axis does not depend on which unit runs first,
 * on one machine or on a cluster. Only that unit writes it (when absent, or always with
 * {@code force}); recordings with another channel count are noted when planning.
 */
public final class IngestJob implements Job<IngestJob.Unit, IngestJob.Result> {
  private static final long serialVersionUID = 1L;

  /** One input file and how it is cut; {@code refusal} set when it must not be written. */
  public record Unit(String file, ChunkPlan plan, long bytes, String refusal, boolean writesDepth) implements Serializable {
    Unit(String file, ChunkPlan plan, long bytes, String refusal) {
      this(file, plan, bytes, refusal, false);
    }

    Unit writingDepth() {
      return new Unit(file, plan, bytes, refusal, true);
    }
  }

  /** What a unit did. */
  public record Result(String file, int written, int skipped, List<String> notes) implements Serializable {}

  /** Absolute folder names (a Path is not Serializable; Spark ships the job to executors). */
  private final String in;
  private final String out;
  private final int chunkSeconds;
  /** The chunk dtype, as its type and byte order (NpyDtype holds a ByteOrder: not Serializable). */
  private final NpyType type;
  private final boolean bigEndian;
  private final boolean force;
  private final List<String> notes = new ArrayList<>();

  /**
   * @param in the archive folder (searched recursively)
   * @param out the chunk folder (created)
   * @param chunkSeconds chunk duration, whole seconds, at least 1
   * @param dtype chunk type: float64 (distpy's) or float32
   * @param force rewrite chunks that exist
   */
  public IngestJob(Path in, Path out, int chunkSeconds, NpyDtype dtype, boolean force) {
    if (chunkSeconds < 1) throw new IllegalArgumentException("chunk seconds must be >= 1: " + chunkSeconds);
    this.in = in.toAbsolutePath().toString();
    this.out = out.toAbsolutePath().toString();
    this.chunkSeconds = chunkSeconds;
    this.type = dtype.type();
    this.bigEndian = dtype.order() == java.nio.ByteOrder.BIG_ENDIAN;
    this.force = force;
  }

  @Override
  public String name() {
    return "ingest";
  }

  /** Gaps, overlaps and other remarks found while planning. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  private record Header(Path file, long start, double rate, long samples, long bytes, int channels) {
    long endNanos() {
      return start + Math.round(samples * 1e9 / rate);
    }
  }

  @Override
  public List<Unit> plan() {
    Path out = Path.of(this.out);
    List<Path> files = Recordings.list(Path.of(in));
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new SinkAccessException(out.toString(), FathomException.NO_OFFSET, "cannot create the chunk folder: " + e.getMessage());
    }
    if (!Files.isWritable(out)) {
      throw new SinkAccessException(out.toString(), FathomException.NO_OFFSET, "the chunk folder is not writable");
    }
    List<Header> headers = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (Path f : files) {
      try (Recording r = Recordings.open(f)) {
        headers.add(new Header(f, r.startNanos(), r.sampleRate(), r.samples(), Files.size(f), r.channels()));
        notes.addAll(r.notes());
      } catch (FathomException e) {
        units.add(new Unit(f.toString(), null, 0, e.getMessage()));
      } catch (IOException e) {
        units.add(new Unit(f.toString(), null, 0, f + ": cannot read: " + e.getMessage()));
      }
    }
    headers.sort(Comparator.comparingLong(Header::start).thenComparing(Header::file));
    Map<Long, Path> claimed = new HashMap<>();
    Header prev = null;
    Header depthSource = null;
    for (Header h : headers) {
      if (prev != null) {
        double gap = (h.start() - prev.endNanos()) / 1e9;
        double tolerance = 1.5 / h.rate();
        if (gap > tolerance) {
          notes.add(String.format(Locale.ROOT, "gap of %.3f s between %s (ends %s) and %s (starts %s)", gap,
              prev.file().getFileName(), Instants.format(prev.endNanos()), h.file().getFileName(), Instants.format(h.start())));
        } else if (gap < -tolerance) {
          notes.add(String.format(Locale.ROOT, "overlap of %.3f s: %s starts %s, before %s ends (%s)", -gap,
              h.file().getFileName(), Instants.format(h.start()), prev.file().getFileName(), Instants.format(prev.endNanos())));
        }
      }
      prev = h;
      Unit u = unitFor(h, claimed);
      if (u.refusal() == null && depthSource == null) {
        depthSource = h;
        u = u.writingDepth();
      }
      units.add(u);
    }
    if (depthSource != null) noteDepthMismatches(headers, depthSource);
    return units;
  }

  /** Notes, once when planning, every recording whose channels do not fit the depth axis. */
  private void noteDepthMismatches(List<Header> headers, Header source) {
    Path depth = Path.of(out, "measured_depth.npy");
    boolean kept = !force && Files.isRegularFile(depth);
    long depths = kept ? Npy.readHeader(depth).elementCount() : source.channels();
    String from = kept ? "the existing measured_depth.npy" : "measured_depth.npy (from " + source.file().getFileName() + ")";
    for (Header h : headers) {
      if (h.channels() != depths) {
        notes.add(h.file() + ": " + h.channels() + " channels, but " + from + " holds " + depths
            + " depths; its chunks will not match that depth axis");
      }
    }
  }

  private Unit unitFor(Header h, Map<Long, Path> claimed) {
    long length = Math.round(chunkSeconds * h.rate());
    if (length < 1 || length > Integer.MAX_VALUE / 8) {
      return new Unit(h.file().toString(), null, h.bytes(), h.file() + ": sampled at " + h.rate() + " Hz, a chunk of "
          + chunkSeconds + " s would hold " + length + " samples; not ingested (choose --chunk-seconds accordingly)");
    }
    ChunkPlan plan = ChunkPlan.all(Math.floorDiv(h.start(), 1_000_000_000L), chunkSeconds, (int) length, h.samples());
    for (int k = 0; k < plan.count(); k++) {
      Path other = claimed.putIfAbsent(plan.chunkTime(k), h.file());
      if (other != null) {
        return new Unit(h.file().toString(), null, h.bytes(), h.file() + ": chunk " + plan.fileName(k)
            + " would also come from " + other.getFileName() + " (the files overlap); not ingested");
      }
    }
    List<Integer> todo = new ArrayList<>();
    for (int k = 0; k < plan.count(); k++) {
      if (force || !Files.isRegularFile(Path.of(out, plan.fileName(k)))) todo.add(k);
    }
    return new Unit(h.file().toString(), plan.only(todo), h.bytes(), null);
  }

  @Override
  public Result runUnit(Unit unit) {
    if (unit.refusal() != null) {
      throw new InvalidDataException(unit.file(), FathomException.NO_OFFSET, unit.refusal().replace(unit.file() + ": ", ""));
    }
    ChunkPlan plan = unit.plan();
    int skipped = plan.count() - plan.todo().size();
    List<String> unitNotes = new ArrayList<>();
    try (Recording r = Recordings.open(Path.of(unit.file()))) {
      if (plan.chunkLength(plan.count() - 1) < plan.length()) {
        unitNotes.add(unit.file() + ": last chunk " + plan.fileName(plan.count() - 1) + " is partial ("
            + plan.chunkLength(plan.count() - 1) + " of " + plan.length() + " samples), kept");
      }
      if (unit.writesDepth()) writeDepth(r); // from the headers: before the data, so a failing cut still leaves the axis
      if (!plan.todo().isEmpty()) ChunkCutter.cut(r, plan, Path.of(out),
          new NpyDtype(type, bigEndian ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN));
    }
    return new Result(unit.file(), plan.todo().size(), skipped, unitNotes);
  }

  /** Writes measured_depth.npy from {@code r} (atomically) unless present; always with {@code force}. */
  private void writeDepth(Recording r) {
    Path depth = Path.of(out, "measured_depth.npy");
    if (!force && Files.exists(depth)) return;
    double[] d = r.measuredDepth();
    // distpy writes it as (nx, 1) float64
    Npy.write(depth, NpyArray.fromBytes(NpyDtype.FLOAT64, new long[] {d.length, 1}, false, NpyArray.of(d).data()));
  }

  @Override
  public String describe(Unit unit) {
    return Path.of(unit.file()).getFileName().toString();
  }

  @Override
  public long inputBytes(Unit unit) {
    return unit.bytes();
  }
}

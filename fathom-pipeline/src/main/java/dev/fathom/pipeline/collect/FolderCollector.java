package dev.fathom.pipeline.collect;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SinkAccessException;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects one folder of per-chunk results into one {@code (nx, columns)} float64 array per
 * curve and group (distpy's {@code readFBEController}/{@code readFBE}, spec distpy.md §3.6.3, with
 * its defects fixed): the files are placed on a regular time axis by {@link Timeline} (NaN columns
 * in gaps), the axis is cut into groups of {@code boxSize} columns, and each group is written as
 * soon as its last file is read, so only one group is ever in memory ({@code curves x nx x boxSize}
 * doubles). Groups that fall entirely inside a gap are not written. Every file is written
 * atomically; the layout is {@link CollectedLayout}'s.
 *
 * <p>Every file must have the first file's depth axis (bit for bit) and curves, else an
 * {@link InvalidDataException} names both files.
 */
public final class FolderCollector {
  private FolderCollector() {}

  /**
   * Collects {@code plan}.
   *
   * @param boxSize columns per output group (distpy's {@code BOX_SIZE}); below 1: one group
   */
  public static FolderReport collect(FolderPlan plan, int boxSize) {
    return new Run(plan, boxSize).run();
  }

  /** The state of collecting one folder. */
  private static final class Run {
    final FolderPlan plan;
    final Timeline timeline;
    final ChunkReader reader;
    final long width;
    final Path out;
    final List<TimeIssue> issues;
    final List<Long> groups = new ArrayList<>();
    final List<String> written = new ArrayList<>();
    double[] times = new double[16];
    int nTimes;
    Chunk first;
    Path[] curveDirs;

    Run(FolderPlan plan, int boxSize) {
      this.plan = plan;
      this.timeline = Timeline.of(plan.relative(), plan.files());
      this.reader = ChunkReader.of(plan);
      this.width = boxSize < 1 ? timeline.totalColumns() : boxSize;
      this.out = Path.of(plan.out());
      this.issues = new ArrayList<>(timeline.issues());
    }

    FolderReport run() {
      Group group = null;
      List<ChunkFile> files = timeline.files();
      for (int i = 0; i < files.size(); i++) {
        ChunkFile f = files.get(i);
        Chunk c = reader.read(f);
        accept(f, c);
        long col = timeline.column(i);
        long g = col / width;
        if (group == null || group.index != g) {
          if (group != null) flush(group);
          group = new Group(g, g * width, Math.min(width, timeline.totalColumns() - g * width), first);
        }
        group.put(col - group.startColumn, c);
      }
      flush(group);
      writeAxes();
      return new FolderReport(plan.relative(), plan.out(), files.size(), timeline.totalColumns(), first.depth().length,
          timeline.cadence(), first.curves(), groups, written, timeline.gaps(), issues);
    }

    /** Checks a chunk against the first one; the first creates the output folders. */
    private void accept(ChunkFile f, Chunk c) {
      if (c.creationDate() != null && Math.abs(c.creationDate().getEpochSecond() - f.time()) >= 1) {
        issues.add(new TimeIssue(plan.relative(), TimeIssue.Kind.DATE_MISMATCH, f.fileName(), null, f.time(), c.creationDate().getEpochSecond()));
      }
      if (first == null) {
        first = c;
        curveDirs = new Path[c.curves().size()];
        for (int k = 0; k < curveDirs.length; k++) curveDirs[k] = createDir(CollectedLayout.curveDir(out, c.curves().get(k)));
        return;
      }
      if (!c.curves().equals(first.curves())) {
        throw new InvalidDataException(c.source(), FathomException.NO_OFFSET, "curves " + c.curves() + " differ from "
            + first.curves() + " in " + first.source());
      }
      String diff = depthDifference(first.depth(), c.depth());
      if (diff != null) {
        throw new InvalidDataException(c.source(), FathomException.NO_OFFSET, "depth axis differs from the one in "
            + first.source() + ": " + diff);
      }
    }

    private void flush(Group g) {
      long t0 = timeline.columnTime(g.startColumn);
      double[] groupTimes = new double[g.width];
      for (int j = 0; j < g.width; j++) groupTimes[j] = timeline.columnTime(g.startColumn + j);
      int nx = first.depth().length;
      for (int k = 0; k < curveDirs.length; k++) {
        write(CollectedLayout.group(curveDirs[k], t0), NpyArray.of(g.values[k]).reshape(nx, g.width));
        write(CollectedLayout.groupTimes(curveDirs[k], t0), NpyArray.of(groupTimes));
      }
      groups.add(t0);
      if (nTimes + g.width > times.length) times = Arrays.copyOf(times, Math.max(2 * times.length, nTimes + g.width));
      System.arraycopy(groupTimes, 0, times, nTimes, g.width);
      nTimes += g.width;
    }

    private void writeAxes() {
      for (Path dir : curveDirs) {
        write(CollectedLayout.depth(dir), NpyArray.of(first.depth()));
        write(CollectedLayout.times(dir), NpyArray.of(Arrays.copyOf(times, nTimes)));
      }
    }

    private void write(Path file, NpyArray a) {
      Npy.write(file, a);
      written.add(file.toString());
    }
  }

  /** The columns of one output group, NaN where no file falls. */
  private static final class Group {
    final long index;
    final long startColumn;
    final int width;
    final int nx;
    final double[][] values;

    Group(long index, long startColumn, long width, Chunk layout) {
      this.index = index;
      this.startColumn = startColumn;
      this.nx = layout.depth().length;
      if ((long) nx * width > Integer.MAX_VALUE - 8) {
        throw new FathomException(layout.source(), FathomException.NO_OFFSET, nx + " depths x " + width
            + " columns per group is too large for one array: lower BOX_SIZE");
      }
      this.width = (int) width;
      this.values = new double[layout.curves().size()][nx * this.width];
      for (double[] v : values) Arrays.fill(v, Double.NaN);
    }

    void put(long column, Chunk c) {
      int j = (int) column;
      for (int k = 0; k < values.length; k++) {
        double[] src = c.values()[k];
        double[] dst = values[k];
        for (int i = 0; i < nx; i++) dst[i * width + j] = src[i];
      }
    }
  }

  /** Where two depth axes differ, or null when they are equal. */
  static String depthDifference(double[] a, double[] b) {
    if (a.length != b.length) return b.length + " depths here, " + a.length + " there";
    for (int i = 0; i < a.length; i++) {
      if (Double.compare(a[i], b[i]) != 0) return "depth[" + i + "] = " + b[i] + " here, " + a[i] + " there";
    }
    return null;
  }

  private static Path createDir(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SinkAccessException(dir.toString(), FathomException.NO_OFFSET, "cannot create folder: " + e.getMessage(), e);
    }
  }
}

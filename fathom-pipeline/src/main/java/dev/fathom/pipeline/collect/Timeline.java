package dev.fathom.pipeline.collect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a folder's chunk files (sorted by time) on a column axis with a regular cadence: the
 * cadence is the most common positive step between consecutive files (1 s when there is no
 * step). A step of about {@code n} cadences ({@code n = round(step / cadence) >= 2}) is a gap: the
 * {@code n - 1} missing columns are NaN, at times {@code t + k * cadence}. A file with the same time
 * as the previous one is a duplicate and skipped; a positive step that rounds to no cadence at
 * all is an overlap, kept as its own column. Only times and indices are held (a few bytes per
 * file), never data.
 */
public final class Timeline {
  private final long cadence;
  private final List<ChunkFile> files;
  private final long[] columns;
  private final long totalColumns;
  private final List<Gap> gaps;
  private final List<TimeIssue> issues;

  private Timeline(long cadence, List<ChunkFile> files, long[] columns, long total, List<Gap> gaps, List<TimeIssue> issues) {
    this.cadence = cadence;
    this.files = files;
    this.columns = columns;
    this.totalColumns = total;
    this.gaps = gaps;
    this.issues = issues;
  }

  /**
   * The timeline of {@code sorted} (ascending time, at least one file).
   *
   * @param folder the folder's name in gap and issue reports
   */
  public static Timeline of(String folder, List<ChunkFile> sorted) {
    if (sorted.isEmpty()) throw new IllegalArgumentException("no files");
    long cadence = usualStep(sorted);
    List<ChunkFile> kept = new ArrayList<>(sorted.size());
    long[] cols = new long[sorted.size()];
    List<Gap> gaps = new ArrayList<>();
    List<TimeIssue> issues = new ArrayList<>();
    ChunkFile prev = null;
    long col = -1;
    for (ChunkFile f : sorted) {
      if (prev != null && f.time() == prev.time()) {
        issues.add(new TimeIssue(folder, TimeIssue.Kind.DUPLICATE, f.fileName(), prev.fileName(), f.time(), prev.time()));
        continue;
      }
      long steps = prev == null ? 1 : Math.round((double) (f.time() - prev.time()) / cadence);
      if (prev != null && steps < 1) {
        issues.add(new TimeIssue(folder, TimeIssue.Kind.OVERLAP, f.fileName(), prev.fileName(), f.time(), prev.time()));
        steps = 1;
      } else if (steps > 1) {
        gaps.add(new Gap(folder, prev.fileName(), f.fileName(), prev.time(), f.time(), steps - 1, cadence));
      }
      col += steps;
      cols[kept.size()] = col;
      kept.add(f);
      prev = f;
    }
    return new Timeline(cadence, List.copyOf(kept), Arrays.copyOf(cols, kept.size()), col + 1, List.copyOf(gaps), List.copyOf(issues));
  }

  /**
   * The most common positive step between consecutive times (the smallest of equally common
   * ones), or 1 when there is none. Not the median: with one gap among three files the steps are
   * {@code [1, 2]} and a median would take the gap for the cadence.
   */
  static long usualStep(List<ChunkFile> sorted) {
    long[] steps = new long[sorted.size()];
    int n = 0;
    for (int i = 1; i < sorted.size(); i++) {
      long d = sorted.get(i).time() - sorted.get(i - 1).time();
      if (d > 0) steps[n++] = d;
    }
    if (n == 0) return 1;
    Arrays.sort(steps, 0, n);
    long best = steps[0];
    int bestCount = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && steps[j] == steps[i]) j++;
      if (j - i > bestCount) {
        best = steps[i];
        bestCount = j - i;
      }
      i = j;
    }
    return best;
  }

  /** The usual step between chunks, in seconds. */
  public long cadence() {
    return cadence;
  }

  /** The files placed on the axis (duplicates removed), in time order. */
  public List<ChunkFile> files() {
    return files;
  }

  /** The column of {@code files().get(i)}. */
  public long column(int i) {
    return columns[i];
  }

  /** Columns of the whole axis, files and NaN gap columns together. */
  public long totalColumns() {
    return totalColumns;
  }

  /** The time (unix s) of column {@code col}: its file's, or the previous file's plus whole cadences. */
  public long columnTime(long col) {
    int i = Arrays.binarySearch(columns, col);
    if (i >= 0) return files.get(i).time();
    int before = -i - 2;
    if (before < 0) throw new IndexOutOfBoundsException("column " + col);
    return files.get(before).time() + (col - columns[before]) * cadence;
  }

  /** The gaps, in time order. */
  public List<Gap> gaps() {
    return gaps;
  }

  /** Duplicates and overlaps, in time order. */
  public List<TimeIssue> issues() {
    return issues;
  }
}

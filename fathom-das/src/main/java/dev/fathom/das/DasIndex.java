package dev.fathom.das;

import dev.fathom.core.FathomException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A time-sorted index over a folder of DAS files (any mix of formats): one entry per file (its
 * first patch), sorted by start time, with the gaps and overlaps between consecutive files.
 * Files no format recognises are listed as skipped with the reason.
 *
 * <p>Consecutive files a and b are contiguous when b starts one time step after a's last sample,
 * within half a step; later is a {@link Join#gapNanos() gap}, earlier an overlap (negative gap).
 */
public record DasIndex(List<Entry> entries, List<Join> joins, List<Skipped> skipped) {

  /** One file: its path, its first patch's info and how many patches it holds. */
  public record Entry(Path path, DasInfo info, int patchCount) {
    public long startNanos() {
      return info.startNanos();
    }

    /** Time of the last sample, UTC epoch ns. */
    public long endNanos() {
      return info.endNanos();
    }
  }

  /**
   * Between consecutive entries: {@code gapNanos} = b.start − (a.end + a.step); 0 when contiguous
   * (within half a step), positive for a gap, negative for an overlap.
   */
  public record Join(Entry before, Entry after, long gapNanos) {
    public boolean isGap() {
      return gapNanos > 0;
    }

    public boolean isOverlap() {
      return gapNanos < 0;
    }
  }

  /** A file that could not be indexed and why. */
  public record Skipped(Path path, String reason) {}

  /** Gaps only. */
  public List<Join> gaps() {
    return joins.stream().filter(Join::isGap).toList();
  }

  /** Overlaps only. */
  public List<Join> overlaps() {
    return joins.stream().filter(Join::isOverlap).toList();
  }

  static DasIndex build(Path folder) {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new dev.fathom.core.SourceAccessException(folder.toString(), -1, "cannot list folder: " + e.getMessage(), e);
    }
    List<Entry> entries = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path p : files) {
      try (DasFile f = DasFiles.open(p)) {
        entries.add(new Entry(p, f.info(), f.patchCount()));
      } catch (FathomException e) {
        skipped.add(new Skipped(p, e.getMessage()));
      }
    }
    entries.sort(Comparator.comparingLong(Entry::startNanos).thenComparing(e -> e.path().toString()));
    List<Join> joins = new ArrayList<>();
    for (int i = 1; i < entries.size(); i++) {
      Entry a = entries.get(i - 1);
      Entry b = entries.get(i);
      long step = a.info().timeStepNanos();
      long expected = a.endNanos() + step;
      long gap = b.startNanos() - expected;
      if (Math.abs(gap) * 2 <= step) gap = 0;
      joins.add(new Join(a, b, gap));
    }
    return new DasIndex(List.copyOf(entries), List.copyOf(joins), List.copyOf(skipped));
  }
}

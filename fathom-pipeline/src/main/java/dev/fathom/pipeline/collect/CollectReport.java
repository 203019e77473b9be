package dev.fathom.pipeline.collect;

import dev.fathom.pipeline.run.UnitResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a collect run: one result per folder (its report, or why it failed) and the
 * files that were ignored.
 *
 * @param in the folder collected
 * @param out where the arrays went
 * @param boxSize columns per group
 * @param folders one result per folder, in path order
 * @param ignored files that were neither chunks nor axes
 */
public record CollectReport(String in, String out, int boxSize, List<UnitResult<FolderReport>> folders, List<String> ignored) {

  public CollectReport {
    folders = List.copyOf(folders);
    ignored = List.copyOf(ignored);
  }

  /** True when every folder was collected. */
  public boolean ok() {
    return folders.stream().allMatch(UnitResult::ok);
  }

  /** The reports of the folders that were collected. */
  public List<FolderReport> collected() {
    return folders.stream().filter(UnitResult::ok).map(UnitResult::value).toList();
  }

  /** Every gap of every collected folder. */
  public List<Gap> gaps() {
    List<Gap> g = new ArrayList<>();
    for (FolderReport r : collected()) g.addAll(r.gaps());
    return g;
  }

  /** Every duplicate, overlap and date mismatch of every collected folder. */
  public List<TimeIssue> issues() {
    List<TimeIssue> g = new ArrayList<>();
    for (FolderReport r : collected()) g.addAll(r.issues());
    return g;
  }

  /** One line per failed folder. */
  public List<String> failures() {
    return folders.stream().filter(u -> !u.ok()).map(UnitResult::error).toList();
  }
}

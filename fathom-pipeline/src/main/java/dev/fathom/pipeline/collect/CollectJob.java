package dev.fathom.pipeline.collect;

import dev.fathom.pipeline.run.Job;
import java.util.List;

/**
 * The collect step as a {@link Job}: one unit per folder of chunk results (distpy's unit of
 * parallelism for the second ingest, spec distpy.md §4.1), so folders are collected in parallel
 * and a folder that fails does not stop the others.
 */
public final class CollectJob implements Job<FolderPlan, FolderReport> {
  private static final long serialVersionUID = 1L;

  private final List<FolderPlan> folders;
  private final int boxSize;

  /**
   * @param folders the folders found by {@link FolderScanner}
   * @param boxSize columns per output group (below 1: one group per folder)
   */
  public CollectJob(List<FolderPlan> folders, int boxSize) {
    this.folders = List.copyOf(folders);
    this.boxSize = boxSize;
  }

  @Override
  public String name() {
    return "collect";
  }

  @Override
  public List<FolderPlan> plan() {
    return folders;
  }

  @Override
  public FolderReport runUnit(FolderPlan unit) {
    return FolderCollector.collect(unit, boxSize);
  }

  @Override
  public String describe(FolderPlan unit) {
    return unit.relative().isEmpty() ? "." : unit.relative();
  }
}

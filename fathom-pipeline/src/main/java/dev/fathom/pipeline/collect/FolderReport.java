package dev.fathom.pipeline.collect;

import java.io.Serializable;
import java.util.List;

/**
 * What collecting one folder produced.
 *
 * @param folder the folder, relative to the collect input ({@code ""} for the input itself)
 * @param out the folder the arrays went to
 * @param files chunk files collected (duplicates excluded)
 * @param columns columns of the time axis, NaN gap columns included
 * @param nx depths (rows) of every array
 * @param cadence the usual step between chunks, in seconds
 * @param curves curve names (one output folder each)
 * @param groups the first time (unix s) of every group written, i.e. the {@code <t0>.npy} names
 * @param written every file written
 * @param gaps the gaps filled with NaN columns
 * @param issues duplicates, overlaps and creationDate mismatches
 */
public record FolderReport(
    String folder,
    String out,
    int files,
    long columns,
    int nx,
    long cadence,
    List<String> curves,
    List<Long> groups,
    List<String> written,
    List<Gap> gaps,
    List<TimeIssue> issues)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public FolderReport {
    curves = List.copyOf(curves);
    groups = List.copyOf(groups);
    written = List.copyOf(written);
    gaps = List.copyOf(gaps);
    issues = List.copyOf(issues);
  }
}

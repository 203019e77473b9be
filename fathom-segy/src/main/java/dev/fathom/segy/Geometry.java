package dev.fathom.segy;

import dev.fathom.segy.header.HeaderField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The survey geometry inferred from one scan of the inline, crossline and offset words.
 *
 * <p>Structured cubes follow segyio's inference (segy.md §1.7): walk traces until the offset
 * returns to its first value; an unchanged inline with a changed crossline means inline sorting
 * (crossline fastest), the reverse crossline sorting; the line and offset numbers are then read
 * in file order (decreasing numbers stay decreasing). Unlike segyio, the whole scan is then
 * checked against the inferred grid, so a file with missing or out-of-place traces is reported
 * as unstructured instead of being sliced wrongly; its distinct line numbers and the count of
 * traces missing from the bounding grid are still given.
 *
 * @param type what kind of survey
 * @param sorting which key varies fastest, for structured cubes
 * @param inlines inline numbers (structured: in file order; otherwise distinct, ascending)
 * @param crosslines crossline numbers, likewise
 * @param offsets offset values, likewise
 * @param missingTraces for unstructured post-stack data: cells of the inline x crossline bounding
 *     grid that hold no trace (dead or absent traces); 0 otherwise
 */
public record Geometry(Type type, Sorting sorting, int[] inlines, int[] crosslines, int[] offsets, long missingTraces) {

  /** Survey kinds. */
  public enum Type {
    /** Full inline × crossline grid, one offset. */
    POST_STACK_3D,
    /** Full inline × crossline × offset grid. */
    PRE_STACK_3D,
    /** No inline/crossline grid could be inferred. */
    UNSTRUCTURED
  }

  /** segyio's sorting codes: 1 crossline, 2 inline, 0 unknown. */
  public enum Sorting {
    UNKNOWN(0),
    CROSSLINE(1),
    INLINE(2);

    private final int code;

    Sorting(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /** True for the structured types. */
  public boolean structured() {
    return type != Type.UNSTRUCTURED;
  }

  /** Infers the geometry of {@code f} from its key words. */
  static Geometry infer(SegyFile f, HeaderField il, HeaderField xl, HeaderField off) {
    long n = f.traceCount();
    if (n == 0) {
      return new Geometry(Type.UNSTRUCTURED, Sorting.UNKNOWN, new int[0], new int[0], new int[0], 0);
    }
    long[][] v = f.headerValues(List.of(il, xl, off));
    return infer(toInt(v[0]), toInt(v[1]), toInt(v[2]));
  }

  private static int[] toInt(long[] a) {
    int[] r = new int[a.length];
    for (int i = 0; i < a.length; i++) r[i] = (int) a[i];
    return r;
  }

  /** Infers the geometry from per-trace inline, crossline and offset numbers. */
  public static Geometry infer(int[] il, int[] xl, int[] off) {
    Sorting sorting = sorting(il, xl, off);
    if (sorting != Sorting.UNKNOWN) {
      Geometry g = grid(il, xl, off, sorting);
      if (g != null) return g;
    }
    return unstructured(il, xl, off);
  }

  /**
   * segyio 2.0's sorting: compare trace 0 with the trace where the offset first returns to its
   * first value (inline unchanged: inline sorting; crossline unchanged: crossline sorting), then
   * with the last trace (1xN, Mx1 and 1x1 surveys).
   */
  private static Sorting sorting(int[] il, int[] xl, int[] off) {
    int n = il.length;
    int t = 1;
    while (t < n - 1 && off[t] != off[0]) t++;
    int il1 = n > 1 ? il[t] : il[0];
    int xl1 = n > 1 ? xl[t] : xl[0];
    if (il1 == il[0] && xl1 != xl[0]) return Sorting.INLINE;
    if (xl1 == xl[0] && il1 != il[0]) return Sorting.CROSSLINE;
    if (il[0] == il[n - 1]) return Sorting.CROSSLINE;
    if (xl[0] == xl[n - 1]) return Sorting.INLINE;
    return Sorting.UNKNOWN;
  }

  private static Geometry grid(int[] il, int[] xl, int[] off, Sorting sorting) {
    int n = il.length;
    int[] slow = sorting == Sorting.INLINE ? il : xl;
    int[] fast = sorting == Sorting.INLINE ? xl : il;
    int offsets = 1;
    while (offsets < n && il[offsets] == il[0] && xl[offsets] == xl[0]) offsets++;
    // segyio's count_lines: step by `offsets` until the first (fast line, offset) pair repeats
    int fastCount = 1;
    for (int t = offsets; t < n && !(fast[t] == fast[0] && off[t] == off[0]); t += offsets) fastCount++;
    long cell = (long) fastCount * offsets;
    if (cell == 0 || n % cell != 0) return null;
    int slowCount = (int) (n / cell);
    int[] offv = Arrays.copyOf(off, offsets);
    int[] fastv = new int[fastCount];
    for (int k = 0; k < fastCount; k++) fastv[k] = fast[k * offsets];
    int[] slowv = new int[slowCount];
    for (int k = 0; k < slowCount; k++) slowv[k] = slow[(int) (k * cell)];
    for (int t = 0; t < n; t++) {
      int s = (int) (t / cell);
      int r = (int) (t % cell);
      if (slow[t] != slowv[s] || fast[t] != fastv[r / offsets] || off[t] != offv[r % offsets]) return null;
    }
    if (!allDistinct(offv) || !allDistinct(fastv) || !allDistinct(slowv)) return null;
    int[] ils = sorting == Sorting.INLINE ? slowv : fastv;
    int[] xls = sorting == Sorting.INLINE ? fastv : slowv;
    return new Geometry(offsets > 1 ? Type.PRE_STACK_3D : Type.POST_STACK_3D, sorting, ils, xls, offv, 0);
  }

  private static Geometry unstructured(int[] il, int[] xl, int[] off) {
    int[] ils = distinct(il);
    int[] xls = distinct(xl);
    int[] offs = distinct(off);
    long missing = 0;
    if (offs.length == 1) {
      Set<Long> cells = new LinkedHashSet<>();
      for (int t = 0; t < il.length; t++) cells.add(((long) il[t] << 32) ^ (xl[t] & 0xFFFFFFFFL));
      missing = Math.max(0, (long) ils.length * xls.length - cells.size());
    }
    return new Geometry(Type.UNSTRUCTURED, Sorting.UNKNOWN, ils, xls, offs, missing);
  }

  private static boolean allDistinct(int[] a) {
    return Arrays.stream(a).distinct().count() == a.length;
  }

  private static int[] distinct(int[] a) {
    return Arrays.stream(a).distinct().sorted().toArray();
  }

  /** A one-line summary for {@code segy info}. */
  public String summary() {
    switch (type) {
      case POST_STACK_3D:
        return "3D post-stack, " + inlines.length + " inlines x " + crosslines.length + " crosslines, "
            + sorting.name().toLowerCase() + " sorting";
      case PRE_STACK_3D:
        return "3D pre-stack, " + inlines.length + " inlines x " + crosslines.length + " crosslines x "
            + offsets.length + " offsets, " + sorting.name().toLowerCase() + " sorting";
      default:
        return "unstructured (" + inlines.length + " distinct inlines, " + crosslines.length + " crosslines, "
            + offsets.length + " offsets" + (missingTraces > 0 ? ", " + missingTraces + " cells of the grid without a trace" : "") + ")";
    }
  }
}

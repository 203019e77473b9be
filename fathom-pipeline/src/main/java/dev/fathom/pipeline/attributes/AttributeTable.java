package dev.fathom.pipeline.attributes;

import dev.fathom.pipeline.run.UnitResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole attribute table in trace order, by column: {@code trace} (int64, 0-based index in the
 * file), {@code inline}, {@code crossline} (int32 header words), {@code cdp_x}, {@code cdp_y}
 * (double, coordinate scalar applied), {@code dead} (boolean: every sample zero) and the value
 * columns (double).
 */
public final class AttributeTable {
  /** The key columns, before the value columns. */
  public static final List<String> KEY_COLUMNS = List.of("trace", "inline", "crossline", "cdp_x", "cdp_y", "dead");

  private final List<String> valueColumns;
  private final TraceRows all;

  private AttributeTable(List<String> valueColumns, TraceRows all) {
    this.valueColumns = List.copyOf(valueColumns);
    this.all = all;
  }

  /**
   * Joins the rows of every unit, in plan order.
   *
   * @throws IllegalArgumentException if a unit failed (check {@link UnitResult#ok()} first)
   */
  public static AttributeTable of(List<String> valueColumns, List<UnitResult<TraceRows>> results) {
    List<TraceRows> parts = new ArrayList<>(results.size());
    for (UnitResult<TraceRows> r : results) {
      if (!r.ok()) throw new IllegalArgumentException("unit " + r.label() + " failed: " + r.error());
      parts.add(r.value());
    }
    int n = parts.stream().mapToInt(TraceRows::size).sum();
    TraceRows all = new TraceRows(n, valueColumns.size());
    int at = 0;
    for (TraceRows p : parts) {
      int m = p.size();
      System.arraycopy(p.trace, 0, all.trace, at, m);
      System.arraycopy(p.inline, 0, all.inline, at, m);
      System.arraycopy(p.crossline, 0, all.crossline, at, m);
      System.arraycopy(p.cdpX, 0, all.cdpX, at, m);
      System.arraycopy(p.cdpY, 0, all.cdpY, at, m);
      System.arraycopy(p.dead, 0, all.dead, at, m);
      for (int c = 0; c < valueColumns.size(); c++) System.arraycopy(p.values[c], 0, all.values[c], at, m);
      at += m;
    }
    return new AttributeTable(valueColumns, all);
  }

  public int rows() {
    return all.size();
  }

  /** Names of the value columns. */
  public List<String> valueColumns() {
    return valueColumns;
  }

  /** Every column name: keys, then values. */
  public List<String> columns() {
    List<String> c = new ArrayList<>(KEY_COLUMNS);
    c.addAll(valueColumns);
    return c;
  }

  public long trace(int row) {
    return all.trace[row];
  }

  public int inline(int row) {
    return all.inline[row];
  }

  public int crossline(int row) {
    return all.crossline[row];
  }

  public double cdpX(int row) {
    return all.cdpX[row];
  }

  public double cdpY(int row) {
    return all.cdpY[row];
  }

  /** Number of dead traces. */
  public int deadCount() {
    int n = 0;
    for (boolean d : all.dead) if (d) n++;
    return n;
  }

  public boolean dead(int row) {
    return all.dead[row];
  }

  /** Value column {@code column} (index into {@link #valueColumns()}) of row {@code row}. */
  public double value(int column, int row) {
    return all.values[column][row];
  }

  /** A copy of value column {@code name}. */
  public double[] column(String name) {
    int c = valueColumns.indexOf(name);
    if (c < 0) throw new IllegalArgumentException("no column " + name + " in " + valueColumns);
    return all.values[c].clone();
  }

  /** Equal names and bit-identical values in every column. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AttributeTable t && valueColumns.equals(t.valueColumns) && all.equals(t.all);
  }

  @Override
  public int hashCode() {
    return valueColumns.hashCode() * 31 + all.hashCode();
  }

  @Override
  public String toString() {
    return "AttributeTable[" + rows() + " rows, columns " + columns() + "]";
  }

  /** Row {@code row} as text values, for CSV and messages ({@link Double#toString}: round-trips). */
  String[] rowText(int row) {
    String[] s = new String[KEY_COLUMNS.size() + valueColumns.size()];
    s[0] = Long.toString(all.trace[row]);
    s[1] = Integer.toString(all.inline[row]);
    s[2] = Integer.toString(all.crossline[row]);
    s[3] = Double.toString(all.cdpX[row]);
    s[4] = Double.toString(all.cdpY[row]);
    s[5] = Boolean.toString(all.dead[row]);
    for (int c = 0; c < valueColumns.size(); c++) s[6 + c] = Double.toString(all.values[c][row]);
    return s;
  }

  /** The first row where this and {@code other} differ, described; null when equal. */
  public String firstDifference(AttributeTable other) {
    if (!columns().equals(other.columns())) return "columns " + columns() + " vs " + other.columns();
    if (rows() != other.rows()) return rows() + " rows vs " + other.rows();
    for (int r = 0; r < rows(); r++) {
      if (!Arrays.equals(rowText(r), other.rowText(r))) {
        return "row " + r + ": " + Arrays.toString(rowText(r)) + " vs " + Arrays.toString(other.rowText(r));
      }
    }
    return null;
  }
}

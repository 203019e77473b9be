package dev.fathom.pipeline.attributes;

import dev.fathom.core.store.OutputStore;
import java.io.BufferedOutputStream;
import java.io.OutputStream;

/**
 * Writes an {@link AttributeTable} atomically to a local path or an object-store URI
 * ({@code s3://bucket/prefix/table.parquet}) through the {@link OutputStore} of its folder or
 * prefix: readers see the whole table or nothing.
 */
public final class TableOutput {
  private TableOutput() {}

  /** Writes {@code table} to {@code target} in the format of its extension (.parquet or .csv). */
  public static void write(AttributeTable table, String target) {
    TableFormat format = TableFormat.forName(target);
    int slash = target.lastIndexOf('/');
    boolean uri = target.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");
    String folder = slash < 0 ? "." : slash == 0 ? "/" : target.substring(0, slash);
    if (uri && folder.endsWith(":/")) folder = target.substring(0, slash + 1); // s3://bucket/name
    String name = target.substring(slash + 1);
    try (OutputStore store = OutputStore.open(folder)) {
      store.write(name, out -> {
        OutputStream b = new BufferedOutputStream(out, 1 << 16);
        format.write(table, b);
        b.flush();
      });
    }
  }
}

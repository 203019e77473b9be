package dev.fathom.pipeline.attributes;

import dev.fathom.core.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;

/** Writes an {@link AttributeTable} to a local file, atomically (temporary file, then rename). */
public final class TableOutput {
  private TableOutput() {}

  /** Writes {@code table} to {@code target} in the format of its extension. */
  public static void write(AttributeTable table, Path target) {
    TableFormat format = TableFormat.forName(target.toString());
    AtomicFiles.write(target, ch -> {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
      format.write(table, out);
      out.flush();
    });
  }
}

package dev.fathom.pipeline.attributes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An {@link AttributeTable} as CSV (RFC 4180, no quoting needed): a header line of column names,
 * then one line per trace; doubles in {@link Double#toString} form (shortest text that reads back
 * to the same double, {@code NaN}/{@code Infinity} for the non-finite), booleans as
 * {@code true}/{@code false}.
 */
final class CsvTableWriter {
  private CsvTableWriter() {}

  static void write(AttributeTable t, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
    w.write(String.join(",", t.columns()));
    w.write('\n');
    for (int r = 0; r < t.rows(); r++) {
      w.write(String.join(",", t.rowText(r)));
      w.write('\n');
    }
    w.flush();
  }
}

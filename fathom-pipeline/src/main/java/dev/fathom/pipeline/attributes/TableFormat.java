package dev.fathom.pipeline.attributes;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** How an {@link AttributeTable} is written, chosen by the output name's extension. */
public enum TableFormat {
  /** Apache Parquet ({@link ParquetTableWriter}). */
  PARQUET,
  /** Comma-separated text with a header line ({@link CsvTableWriter}). */
  CSV;

  /**
   * The format of an output named {@code name} ({@code .parquet} or {@code .csv}).
   *
   * @throws InvalidDataException for any other extension
   */
  public static TableFormat forName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".parquet")) return PARQUET;
    if (n.endsWith(".csv")) return CSV;
    throw new InvalidDataException(name, FathomException.NO_OFFSET, "output must end in .parquet or .csv");
  }

  /** Writes {@code table} to {@code out} (not closed). */
  public void write(AttributeTable table, OutputStream out) throws IOException {
    switch (this) {
      case PARQUET -> ParquetTableWriter.write(table, out);
      case CSV -> CsvTableWriter.write(table, out);
    }
  }
}

package dev.fathom.pipeline.attributes;

import dev.fathom.pipeline.run.UnitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;

/** Reads an attribute table back from Parquet with parquet-java's generic record reader (tests). */
public final class ParquetTables {
  private ParquetTables() {}

  public static AttributeTable read(Path file, List<String> valueColumns) throws IOException {
    List<Group> groups = new ArrayList<>();
    try (ParquetReader<Group> r = new Builder(file).build()) {
      for (Group g = r.read(); g != null; g = r.read()) groups.add(g);
    }
    TraceRows rows = new TraceRows(groups.size(), valueColumns.size());
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      rows.trace[i] = g.getLong("trace", 0);
      rows.inline[i] = g.getInteger("inline", 0);
      rows.crossline[i] = g.getInteger("crossline", 0);
      rows.cdpX[i] = g.getDouble("cdp_x", 0);
      rows.cdpY[i] = g.getDouble("cdp_y", 0);
      rows.dead[i] = g.getBoolean("dead", 0);
      for (int c = 0; c < valueColumns.size(); c++) rows.values[c][i] = g.getDouble(valueColumns.get(c), 0);
    }
    return AttributeTable.of(valueColumns, List.of(new UnitResult<>(0, "parquet", rows, null, 0)));
  }

  private static final class Builder extends ParquetReader.Builder<Group> {
    Builder(Path file) {
      super(new LocalInputFile(file), new PlainParquetConfiguration());
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}

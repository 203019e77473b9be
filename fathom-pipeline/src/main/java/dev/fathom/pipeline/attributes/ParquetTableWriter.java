package dev.fathom.pipeline.attributes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * An {@link AttributeTable} as one Apache Parquet file (parquet-java's writer): flat required
 * columns {@code trace} INT64, {@code inline}/{@code crossline} INT32, {@code cdp_x}/{@code cdp_y}
 * DOUBLE, {@code dead} BOOLEAN, and one DOUBLE per value column, in trace order; row groups of
 * 128 MB, dictionary encoding off, pages <b>uncompressed</b>. Readable by Spark, pandas/pyarrow and
 * DuckDB.
 *
 * <p>Why uncompressed: parquet-java's compression codecs load Hadoop's {@code Configuration};
 * uncompressed pages written through an {@link OutputFile} with a {@link PlainParquetConfiguration}
 * run with no Hadoop class at all, so the local CLI carries parquet-java (8.8 MB of jars) and not
 * Hadoop (~20-60 MB). The cost is size: 8 bytes per double per trace, e.g. about 100 MB for 1.6
 * million traces with six attributes (a 100 GB file of 1500-sample float traces has ~16 million
 * traces: about 1 GB).
 */
final class ParquetTableWriter {
  private ParquetTableWriter() {}

  static MessageType schema(AttributeTable t) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    b.required(PrimitiveTypeName.INT64).named("trace");
    b.required(PrimitiveTypeName.INT32).named("inline");
    b.required(PrimitiveTypeName.INT32).named("crossline");
    b.required(PrimitiveTypeName.DOUBLE).named("cdp_x");
    b.required(PrimitiveTypeName.DOUBLE).named("cdp_y");
    b.required(PrimitiveTypeName.BOOLEAN).named("dead");
    for (String c : t.valueColumns()) b.required(PrimitiveTypeName.DOUBLE).named(c);
    return b.named("attributes");
  }

  static void write(AttributeTable t, OutputStream out) throws IOException {
    try (ParquetWriter<Integer> w = new Builder(new StreamOutputFile(out), t)
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .withDictionaryEncoding(false)
        .build()) {
      for (int r = 0; r < t.rows(); r++) w.write(r);
    }
  }

  /** Writes row {@code r} of the table for each record {@code r}. */
  private static final class RowWriteSupport extends WriteSupport<Integer> {
    private final AttributeTable t;
    private RecordConsumer rc;

    RowWriteSupport(AttributeTable t) {
      this.t = t;
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema(t), new HashMap<>());
    }

    @Override
    public WriteContext init(Configuration conf) { // the Hadoop variant, never called here
      return new WriteContext(schema(t), new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.rc = recordConsumer;
    }

    @Override
    public void write(Integer row) {
      int r = row;
      rc.startMessage();
      field(0, "trace", () -> rc.addLong(t.trace(r)));
      field(1, "inline", () -> rc.addInteger(t.inline(r)));
      field(2, "crossline", () -> rc.addInteger(t.crossline(r)));
      field(3, "cdp_x", () -> rc.addDouble(t.cdpX(r)));
      field(4, "cdp_y", () -> rc.addDouble(t.cdpY(r)));
      field(5, "dead", () -> rc.addBoolean(t.dead(r)));
      for (int c = 0; c < t.valueColumns().size(); c++) {
        int col = c;
        field(6 + c, t.valueColumns().get(c), () -> rc.addDouble(t.value(col, r)));
      }
      rc.endMessage();
    }

    private void field(int index, String name, Runnable value) {
      rc.startField(name, index);
      value.run();
      rc.endField(name, index);
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Integer, Builder> {
    private final AttributeTable t;

    Builder(OutputFile file, AttributeTable t) {
      super(file);
      this.t = t;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Integer> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(t);
    }

    @Override
    protected WriteSupport<Integer> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(t);
    }
  }

  /** A Parquet {@link OutputFile} over a stream the caller owns (closing it only flushes). */
  private static final class StreamOutputFile implements OutputFile {
    private final OutputStream out;

    StreamOutputFile(OutputStream out) {
      this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        private long pos;

        @Override
        public long getPos() {
          return pos;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          pos++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          pos += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.flush();
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 128L << 20;
    }
  }
}

package dev.fathom.das.tdms;

import dev.fathom.das.DasArray;
import dev.fathom.das.DasFile;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.TruncatedDasFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Blocks of a TDMS DAS file, (time, distance): reads only the byte ranges of the requested rows
 * (interleaved segments: whole rows, then the requested columns; chunked segments: each channel's
 * run of values).
 */
public final class TdmsDasFile implements DasFile {
  private final DasSource owner;
  private final DasInfo info;
  private final TdmsFileIndex index;
  private final FileChannel ch;

  public TdmsDasFile(DasSource owner, DasInfo info, TdmsFileIndex index) {
    this.owner = owner;
    this.info = info;
    this.index = index;
    try {
      this.ch = FileChannel.open(owner.path(), StandardOpenOption.READ);
    } catch (IOException e) {
      throw new dev.fathom.core.SourceAccessException(owner.name(), -1, "cannot open: " + e.getMessage(), e);
    }
  }

  @Override
  public DasInfo info() {
    return info;
  }

  @Override
  public DasArray readBlock(long t0, int nt, int c0, int nc) {
    dev.fathom.das.BlockBounds.check(info, t0, nt, c0, nc);
    DasArray out = DasArray.allocate(info.dtype(), Math.multiplyExact(nt, nc));
    int item = info.dtype().bytes();
    int nch = info.nChannels();
    for (TdmsSegment s : index.segments()) {
      long from = Math.max(t0, s.firstRow());
      long to = Math.min(t0 + nt, s.firstRow() + s.rows());
      if (from >= to) continue;
      ByteOrder order = s.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      if (s.interleaved()) {
        long rowBytes = (long) nch * item;
        ByteBuffer b = read(s.dataOffset() + (from - s.firstRow()) * rowBytes, Math.toIntExact((to - from) * rowBytes), order);
        for (long t = from; t < to; t++) {
          int base = (int) ((t - from) * nch);
          decode(b, base + c0, nc, out, (int) ((t - t0) * nc), 1);
        }
      } else {
        long per = s.valuesPerChunk();
        long chunkBytes = per * nch * item;
        for (long t = from; t < to; ) {
          long rel = t - s.firstRow();
          long chunk = rel / per;
          long within = rel % per;
          int run = (int) Math.min(per - within, to - t);
          for (int c = 0; c < nc; c++) {
            long pos = s.dataOffset() + chunk * chunkBytes + ((c0 + c) * per + within) * item;
            ByteBuffer b = read(pos, run * item, order);
            decode(b, 0, run, out, (int) ((t - t0) * nc + c), nc);
          }
          t += run;
        }
      }
    }
    return out;
  }

  /** Copies {@code n} values from {@code b} (starting at value {@code first}) into out[at + k*stride]. */
  private void decode(ByteBuffer b, int first, int n, DasArray out, int at, int stride) {
    int item = info.dtype().bytes();
    Object v = out.values();
    for (int k = 0; k < n; k++) {
      int p = (first + k) * item;
      int o = at + k * stride;
      switch (info.dtype()) {
        case INT8 -> ((byte[]) v)[o] = b.get(p);
        case INT16 -> ((short[]) v)[o] = b.getShort(p);
        case INT32 -> ((int[]) v)[o] = b.getInt(p);
        case INT64 -> ((long[]) v)[o] = b.getLong(p);
        case FLOAT32 -> ((float[]) v)[o] = b.getFloat(p);
        case FLOAT64 -> ((double[]) v)[o] = b.getDouble(p);
      }
    }
  }

  private ByteBuffer read(long pos, int n, ByteOrder order) {
    ByteBuffer b = ByteBuffer.allocate(n).order(order);
    try {
      while (b.hasRemaining()) {
        if (ch.read(b, pos + b.position()) < 0) {
          throw new TruncatedDasFileException(owner.name(), pos + b.position(), "TDMS data ends early", null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.flip();
  }

  @Override
  public void close() {
    try {
      ch.close();
    } catch (IOException e) {
      // nothing to do
    }
    owner.close();
  }
}

package dev.fathom.das.hdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.fathom.das.DasArray;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.DatasetCreationOptions;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast block reader against jhdf's hyperslab path ({@code Dataset.getData(offset, shape)} as
 * {@link DasArray}, converted and transposed the way {@code DasFile.readChannelMajor} did), on
 * files written here with every sample type jhdf writes, contiguous and chunked (plain, gzip,
 * shuffle + gzip) with partial edge chunks, for whole, odd and single-sample rectangles, straight
 * and transposed.
 */
class BlockReaderTest {
  @TempDir Path tmp;

  private static final int ROWS = 37;
  private static final int COLS = 23;

  /** Dataset name, creation options. */
  private record Layout(String name, DatasetCreationOptions options) {}

  private static final List<Layout> LAYOUTS = List.of(
      new Layout("contiguous", DatasetCreationOptions.DEFAULT),
      new Layout("chunked", DatasetCreationOptions.builder().chunkDimensions(8, 5).build()),
      new Layout("gzip", DatasetCreationOptions.builder().chunkDimensions(16, 9).deflate(4).build()),
      new Layout("shuffle_gzip", DatasetCreationOptions.builder().chunkDimensions(5, 20).shuffle().deflate(1).build()));

  /** {row0, nRows, col0, nCols}. */
  private static final int[][] RECTS = {
      {0, ROWS, 0, COLS}, {0, 1, 0, COLS}, {ROWS - 1, 1, 0, COLS}, {3, 17, 2, 11}, {9, 20, 0, 1},
      {0, ROWS, COLS - 1, 1}, {36, 1, 22, 1}, {7, 9, 4, 19}, {15, 22, 10, 13}};

  @Test
  void everyTypeAndLayoutMatchesTheHyperslabPath() {
    int checked = 0;
    for (Type type : Type.values()) {
      Path file = tmp.resolve(type + ".h5");
      try (WritableHdfFile w = HdfFile.write(file)) {
        for (Layout l : LAYOUTS) {
          DatasetCreationOptions o = l.options();
          if (type.unsigned) o = unsigned(l);
          w.putDataset(l.name(), type.values(ROWS, COLS), o);
        }
      }
      try (HdfFile f = new HdfFile(file)) {
        for (Layout l : LAYOUTS) {
          Dataset d = f.getDatasetByPath(l.name());
          BlockReader r = BlockReader.of(d);
          assertNotNull(r, type + " " + l.name());
          if (l.name().equals("contiguous")) assertInstanceOf(ContiguousBlocks.class, r);
          else assertInstanceOf(ChunkedBlocks.class, r);
          for (int[] rect : RECTS) {
            assertSameAsHyperslab(d, r, rect, type + " " + l.name());
            checked++;
          }
        }
      }
    }
    assertEquals(Type.values().length * LAYOUTS.size() * RECTS.length, checked);
  }

  @Test
  void consecutiveBlocksAcrossChunksAndBatchesMatch() {
    int rows = 2100;
    int cols = 700;
    Path file = tmp.resolve("big.h5");
    try (WritableHdfFile w = HdfFile.write(file)) {
      w.putDataset("plain", Type.INT16.values(rows, cols));
      w.putDataset("gzip", Type.INT16.values(rows, cols), DatasetCreationOptions.builder().chunkDimensions(300, 256).deflate(1).build());
    }
    try (HdfFile f = new HdfFile(file)) {
      for (String name : List.of("plain", "gzip")) {
        Dataset d = f.getDatasetByPath(name);
        // the plain dataset with 64 KB batches: many batches per block, and per-row reads when narrow
        BlockReader r = name.equals("plain")
            ? new ContiguousBlocks((io.jhdf.api.dataset.ContiguousDataset) d, d.getDimensions(), SampleCodec.INT16,
                SampleCodec.order(d.getDataType()), 64 << 10)
            : BlockReader.of(d);
        for (int t = 0; t < rows; t += 250) {
          int n = Math.min(250, rows - t);
          assertSameAsHyperslab(d, r, new int[] {t, n, 0, cols}, name + " block " + t);
          assertSameAsHyperslab(d, r, new int[] {t, n, 100, 3}, name + " narrow block " + t);
        }
        assertSameAsHyperslab(d, r, new int[] {0, rows, 0, cols}, name + " whole");
      }
    }
  }

  /** Both output orders: transposed (rows are time) and straight (rows are channels). */
  private static void assertSameAsHyperslab(Dataset d, BlockReader r, int[] rect, String what) {
    int nr = rect[1];
    int nc = rect[3];
    DasArray old = DasArray.of(d.getData(new long[] {rect[0], rect[2]}, new int[] {nr, nc}));
    float[] transposed = new float[nr * nc];
    r.read(rect[0], nr, rect[2], nc, transposed, 1, nr);
    assertArrayEquals(old.transposeToFloat32(nr, nc), transposed, what + " transposed " + java.util.Arrays.toString(rect));
    float[] straight = new float[nr * nc];
    r.read(rect[0], nr, rect[2], nc, straight, nc, 1);
    assertArrayEquals(old.toFloat32(), straight, what + " straight " + java.util.Arrays.toString(rect));
  }

  private static DatasetCreationOptions unsigned(Layout l) {
    DatasetCreationOptions.Builder b = DatasetCreationOptions.builder().unsigned();
    if (l.name().equals("contiguous")) return b.build();
    int[] chunk = l.options().getChunkDimensions();
    b.chunkDimensions(chunk);
    if (l.name().contains("shuffle")) b.shuffle();
    if (l.name().contains("gzip")) b.deflate(1);
    return b.build();
  }

  /** Sample types jhdf writes; values cover each type's range, with extremes and negative zero. */
  enum Type {
    INT8(byte.class, false), UINT8(byte.class, true), INT16(short.class, false), UINT16(short.class, true),
    INT32(int.class, false), UINT32(int.class, true), INT64(long.class, false),
    FLOAT32(float.class, false), FLOAT64(double.class, false);

    final Class<?> java;
    final boolean unsigned;

    Type(Class<?> java, boolean unsigned) {
      this.java = java;
      this.unsigned = unsigned;
    }

    Object values(int rows, int cols) {
      SplittableRandom rnd = new SplittableRandom(ordinal() * 31L + rows);
      Object a = Array.newInstance(java, rows, cols);
      for (int i = 0; i < rows; i++) {
        Object row = Array.get(a, i);
        for (int j = 0; j < cols; j++) {
          long bits = rnd.nextLong();
          boolean extreme = (i + j) % 17 == 0;
          if (java == byte.class) Array.setByte(row, j, extreme ? Byte.MIN_VALUE : (byte) bits);
          else if (java == short.class) Array.setShort(row, j, extreme ? Short.MIN_VALUE : (short) bits);
          else if (java == int.class) Array.setInt(row, j, extreme ? Integer.MAX_VALUE : (int) bits);
          else if (java == long.class) Array.setLong(row, j, extreme ? Long.MIN_VALUE + 1 : bits >> (j % 40));
          else if (java == float.class) Array.setFloat(row, j, extreme ? -0f : (float) (rnd.nextGaussian() * 1e3));
          else Array.setDouble(row, j, extreme ? Double.MAX_VALUE : rnd.nextGaussian() * Math.pow(10, j % 50 - 25));
        }
      }
      return a;
    }
  }
}

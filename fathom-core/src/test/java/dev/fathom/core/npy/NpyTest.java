package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.MemoryByteSource;
import dev.fathom.core.SinkAccessException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
  @TempDir Path dir;

  /** A .npy file of version {@code major}.0 with {@code dict} as header text (no padding added) and {@code data}. */
  static byte[] npy(int major, String dict, byte[] data) {
    byte[] h = dict.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    int lenSize = major == 1 ? 2 : 4;
    ByteBuffer b = ByteBuffer.allocate(8 + lenSize + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(NpyHeaderCodec.MAGIC).put((byte) major).put((byte) 0);
    if (lenSize == 2) {
      b.putShort((short) h.length);
    } else {
      b.putInt(h.length);
    }
    return b.put(h).put(data).array();
  }

  private static byte[] doubles(double... v) {
    ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double x : v) b.putDouble(x);
    return b.array();
  }

  private static NpyArray read(byte[] file) {
    return Npy.read(new MemoryByteSource("mem.npy", file));
  }

  private static InvalidDataException bad(byte[] file, long offset, String... parts) {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> read(file));
    assertEquals("mem.npy", e.source());
    assertEquals(offset, e.offset(), e.getMessage());
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), e.getMessage());
    }
    assertTrue(e.getMessage().startsWith("mem.npy: at byte " + offset + ": "), e.getMessage());
    return e;
  }

  // ---------------------------------------------------------------- writing

  @Test
  void headerIsNumpysByteForByte() {
    // np.save(f, np.zeros((3, 4), '>f4', order='F')) with numpy 2.4
    String dict = "{'descr': '>f4', 'fortran_order': True, 'shape': (3, 4), }";
    byte[] h = NpyHeaderCodec.encode(NpyDtype.FLOAT32.withOrder(ByteOrder.BIG_ENDIAN), new long[] {3, 4}, true, null);
    assertEquals(128, h.length);
    assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0}, Arrays.copyOf(h, 10));
    String text = new String(h, 10, 118, StandardCharsets.ISO_8859_1);
    assertEquals(dict + " ".repeat(117 - dict.length()) + "\n", text);
    assertTrue(new String(NpyHeaderCodec.encode(NpyDtype.FLOAT32, new long[0], false, null), StandardCharsets.ISO_8859_1)
        .contains("'shape': (), }  "));
    assertTrue(new String(NpyHeaderCodec.encode(NpyDtype.BOOL, new long[] {5}, false, null), StandardCharsets.ISO_8859_1)
        .contains("{'descr': '|b1', 'fortran_order': False, 'shape': (5,), }"));
    byte[] v3 = NpyHeaderCodec.encode(NpyDtype.FLOAT64, new long[] {3, 4}, false, NpyVersion.V3_0);
    assertEquals(128, v3.length);
    assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 3, 0, 116, 0, 0, 0}, Arrays.copyOf(v3, 12));
  }

  @Test
  void roundTripsEveryTypeLayoutAndVersion() {
    for (NpyType t : NpyType.values()) {
      for (long[] shape : new long[][] {{}, {5}, {2, 3}, {2, 1, 3, 2}}) {
        for (boolean fortran : new boolean[] {false, true}) {
          for (NpyVersion v : NpyVersion.values()) {
            NpyArray a = NpyTestValues.array(t, shape).withLayout(ByteOrder.BIG_ENDIAN, fortran);
            Path f = dir.resolve("a.npy");
            Npy.write(f, a, v);
            NpyArray back = Npy.read(f);
            assertEquals(a, back, t + Arrays.toString(shape) + fortran + v);
            assertEquals(v, Npy.readHeader(f).version());
          }
        }
      }
    }
  }

  @Test
  void bytesChannelAndFileAgree() throws Exception {
    NpyArray a = NpyTestValues.array(NpyType.COMPLEX64, 4, 3);
    Path f = dir.resolve("c.npy");
    Npy.write(f, a);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(Channels.newChannel(out), a);
    assertArrayEquals(Files.readAllBytes(f), out.toByteArray());
    assertArrayEquals(Files.readAllBytes(f), Npy.toBytes(a));
    assertEquals(a, Npy.read(new MemoryByteSource("x", Npy.toBytes(a))));
    try (ByteSource s = ByteSource.open(f.toString())) {
      assertEquals(a, Npy.read(s));
    }
  }

  @Test
  void writeFloat2DStreamsTheSameBytes() throws Exception {
    // 300 x 1001 floats = 1.2 MB: crosses the 1 MiB buffer in the middle of a row
    float[][] rows = new float[300][1001];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        rows[r][c] = r * 1000.5f - c;
      }
    }
    Path fast = dir.resolve("fast.npy");
    Path plain = dir.resolve("plain.npy");
    Npy.writeFloat2D(fast, rows);
    Npy.write(plain, NpyArray.of(rows));
    assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(fast));
    assertArrayEquals(rows, Npy.read(fast).toFloat2D());

    Npy.writeFloat2D(dir.resolve("empty.npy"), new float[0][]);
    assertArrayEquals(new long[] {0, 0}, Npy.read(dir.resolve("empty.npy")).shape());
  }

  @Test
  void writeFloat2DRefusesRaggedRowsBeforeWriting() {
    Path f = dir.resolve("ragged.npy");
    assertThrows(IllegalArgumentException.class, () -> Npy.writeFloat2D(f, new float[][] {{1, 2}, {3}}));
    assertFalse(Files.exists(f));
  }

  @Test
  void writeToMissingFolderIsASinkError() {
    Path f = dir.resolve("no/such/a.npy");
    SinkAccessException e = assertThrows(SinkAccessException.class, () -> Npy.write(f, NpyArray.scalar(1)));
    assertEquals(f.toString(), e.source());
  }

  @Test
  void hugeHeaderGoesToVersion2() {
    long[] shape = new long[30_000];
    Arrays.fill(shape, 1);
    NpyArray a = NpyArray.of(new double[] {7}).reshape(shape);
    assertThrows(IllegalArgumentException.class, () -> Npy.write(dir.resolve("v1.npy"), a, NpyVersion.V1_0));
    Path f = dir.resolve("auto.npy");
    Npy.write(f, a);
    NpyHeader h = Npy.readHeader(f);
    assertEquals(NpyVersion.V2_0, h.version());
    assertEquals(0, h.dataOffset() % 64);
    assertEquals(7.0, Npy.read(f).toDoubleArray()[0]);
  }

  // ---------------------------------------------------------------- reading

  @Test
  void readsHandWrittenHeaders() {
    byte[] data = doubles(1, 2, 3, 4, 5, 6);
    NpyArray a = read(npy(1, "{\"shape\":(2,3),\"fortran_order\":True,\"descr\":\"<f8\",}\n", data));
    assertArrayEquals(new double[][] {{1, 3, 5}, {2, 4, 6}}, a.toDouble2D());
    // Python 2 longs, no padding, no newline
    assertArrayEquals(new long[] {6}, read(npy(1, "{'descr':'<f8','fortran_order':False,'shape':(6L,)}", data)).shape());
    // version 2.0 and 3.0 (UTF-8)
    assertEquals(3.0, read(npy(2, "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }\n", data)).toDoubleArray()[2]);
    assertEquals(3.0, read(npy(3, "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }   \n", data)).toDoubleArray()[2]);
    // trailing bytes after the data are ignored, as numpy does
    byte[] longer = Arrays.copyOf(npy(1, "{'descr':'<f8','fortran_order':False,'shape':(2,)}", data), 200);
    assertArrayEquals(new double[] {1, 2}, read(longer).toDoubleArray());
  }

  @Test
  void headerGivesTheDataOffset() {
    NpyHeader h = Npy.readHeader(new MemoryByteSource("m", npy(1, "{'descr':'>i2','fortran_order':False,'shape':(3, 0)}", new byte[0])));
    assertEquals(NpyDtype.INT16.withOrder(ByteOrder.BIG_ENDIAN), h.dtype());
    assertEquals(10 + 52, h.dataOffset());
    assertEquals(0, h.elementCount());
    assertEquals(0, h.dataLength());
    assertEquals(2, h.ndim());
    assertEquals(NpyVersion.V1_0, h.version());
  }

  @Test
  void wrongMagic() {
    bad("hello, world".getBytes(StandardCharsets.US_ASCII), 0, "not a .npy file", "\\x93NUMPY", "'hello,'");
    bad(new byte[0], 0, "not a .npy file", "nothing", "file of 0 bytes");
    bad(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'X', 1, 0}, 5, "not a .npy file", "\\x93NUMPX");
  }

  @Test
  void truncatedOrUnknownPrefix() {
    bad(NpyHeaderCodec.MAGIC, 6, "version");
    bad(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 4, 0, 0, 0, 0, 0}, 6, "unsupported .npy format version 4.0");
    bad(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0, 5, 0}, 10, "header length at bytes 8..11");
    byte[] cut = Arrays.copyOf(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }", new byte[0]), 30);
    bad(cut, 30, "truncated .npy header", "expected 57 header bytes from byte 10", "only 20");
    byte[] absurd = npy(2, "{}", new byte[0]);
    ByteBuffer.wrap(absurd).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 0x7FFF_FFFF);
    bad(absurd, 8, "header length 2147483647 exceeds the limit");
  }

  @Test
  void badHeaderDicts() {
    bad(npy(1, "{'descr': '<f8' 'fortran_order': False}", new byte[0]), 10 + 16, "expected ',' or '}'");
    bad(npy(1, "['descr']", new byte[0]), 10, "expected a dict");
    bad(npy(1, "{'descr': '<f8', 'shape': (1,)}", new byte[8]), 10, "expected exactly the keys", "[descr, shape]");
    bad(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': 1}", new byte[8]), 10, "[descr, fortran_order, shape, x]");
    bad(npy(1, "{'descr': '<f8', 'fortran_order': 0, 'shape': (1,)}", new byte[8]), 10, "'fortran_order' True or False");
    bad(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': 5}", new byte[8]), 10, "tuple of integers");
    bad(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, -1)}", new byte[8]), 10, "non-negative");
    bad(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999,)}", new byte[8]), 10, "exceeds 2^63-1");
    bad(npy(1, "{'descr': 3, 'fortran_order': False, 'shape': (1,)}", new byte[8]), 10, "'descr' to be a string");
  }

  @Test
  void unsupportedDtypes() {
    bad(npy(1, "{'descr': '<U10', 'fortran_order': False, 'shape': (2,)}", new byte[80]), 10, "unsupported dtype '<U10'", "string");
    bad(npy(1, "{'descr': '|O', 'fortran_order': False, 'shape': (2,)}", new byte[16]), 10, "unsupported dtype '|O'", "object");
    bad(npy(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,)}", new byte[8]), 10, "structured");
  }

  @Test
  void shapeOverflow() {
    bad(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4)}", new byte[0]), 10,
        "(4611686018427387904, 4)", "more than 2^63-1");
    bad(npy(1, "{'descr': '<c16', 'fortran_order': False, 'shape': (1152921504606846976,)}", new byte[0]), 10,
        "needs more than 2^63-1 bytes");
  }

  @Test
  void dataShorterThanShape() {
    byte[] file = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 5), }", doubles(1, 2, 3, 4, 5));
    bad(file, file.length, "data shorter than the shape says", "(2, 5) of <f8 needs 80 bytes from byte 69", "only 40");
  }

  @Test
  void tooLargeForMemoryIsNotInvalidData() {
    byte[] header = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (400000000,), }", new byte[0]);
    MemoryByteSource src = new MemoryByteSource("huge.npy", header, header.length + 3_200_000_000L);
    FathomException e = assertThrows(FathomException.class, () -> Npy.read(src));
    assertSame(FathomException.class, e.getClass());
    assertTrue(e.getMessage().contains("too large to read at once"), e.getMessage());
    assertEquals(400_000_000L, Npy.readHeader(src).elementCount());
  }

  @Test
  void errorsNameTheFile() throws Exception {
    Path f = dir.resolve("broken.npy");
    Files.write(f, Arrays.copyOf(Npy.toBytes(NpyArray.of(new float[100])), 300));
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> Npy.read(f));
    assertEquals(f.toString(), e.source());
    assertEquals(300, e.offset());
  }
}

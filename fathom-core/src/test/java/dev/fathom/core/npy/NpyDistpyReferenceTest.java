package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real .npy files written by distpy's numpy (1.24 and 2.4), from shared/reference/distpy. */
class NpyDistpyReferenceTest {
  private static final String DISTPY = "reference/distpy";

  private static NpyArray read(String relative) {
    return Npy.read(SharedData.require(DISTPY + "/" + relative));
  }

  @Test
  void float32Input() {
    NpyArray a = read("inputs/A32.npy");
    assertEquals(NpyDtype.FLOAT32, a.dtype());
    assertArrayEquals(new long[] {32, 500}, a.shape());
    float[][] rows = a.toFloat2D();
    assertEquals(0.304717093706131f, rows[0][0]);
    assertEquals(-1.039984107017517f, rows[0][1]);
    assertEquals(-1.9429773092269897f, rows[31][499]);
  }

  @Test
  void fortranOrderFloat64() {
    NpyArray a = read("io/csv/out_csv2dts_timerow0_npy/dtsgrid_row0/1600000000.npy");
    assertEquals(NpyDtype.FLOAT64, a.dtype());
    assertTrue(a.fortranOrder());
    double[] flat = a.toDoubleArray();
    assertEquals(70.0, flat[0]);
    assertEquals(71.0, flat[1]);
    assertEquals(72.1, flat[8]);
    assertEquals(71.0, a.toDouble2D()[0][1]);
    assertEquals(71.0, a.getDouble(0, 1));
  }

  @Test
  void scalarIntegersUnsignedAndComplex() {
    NpyArray scalar = read("cases/macro__default/uid1.npy");
    assertEquals(0, scalar.ndim());
    assertEquals(26025.0, scalar.getDouble());

    NpyArray argmax = read("cases/argmax__axis1/uid1.npy");
    assertEquals(NpyDtype.INT64, argmax.dtype());
    long[] idx = argmax.toLongArray();
    assertEquals(32, idx.length);
    assertEquals(139, idx[0]);
    assertEquals(346, idx[1]);
    assertEquals(380, idx[31]);

    NpyArray kmeans = read("io/kmeans__single/uid1.npy");
    assertEquals(NpyDtype.INT32, kmeans.dtype());
    assertEquals(2, kmeans.toIntArray()[1]);

    NpyArray hash = read("functions/hash_offset0.npy");
    assertEquals(NpyDtype.UINT64, hash.dtype());
    assertArrayEquals(new long[] {32, 1}, hash.shape());
    assertEquals("12843881575315664979", Long.toUnsignedString(hash.toLongArray()[0]));
    assertEquals("18308263313931306977", Long.toUnsignedString(hash.toLongArray()[31]));

    NpyArray fft = read("cases/fft__float32_axis0/uid1.npy");
    assertEquals(NpyDtype.COMPLEX64, fft.dtype());
    double[] reIm = fft.toComplexInterleaved();
    assertEquals(2.3184926509857178, reIm[0]);
    assertEquals(0.0, reIm[1]);
    assertEquals(3.0869054794311523, reIm[reIm.length - 2]);
    assertEquals((double) -0.8375843167304993f, reIm[reIm.length - 1]);

    NpyArray h5 = read("io/h5/type1_inMem_data.npy");
    assertArrayEquals(new long[] {2, 8, 100}, h5.shape());
    assertEquals(-2.0348386764526367, h5.getDouble(1, 7, 99));
  }

  /** Every .npy under reference/distpy: dtype, order, shape and the values' hash as numpy sees them. */
  @Test
  void everyReferenceFileMatchesNumpy() throws Exception {
    Path root = SharedData.require(DISTPY);
    Numpy.assumeAvailable();
    List<String> lines = Numpy.run("describe", root);
    assertFalse(lines.isEmpty());
    long onDisk;
    try (Stream<Path> files = Files.walk(root)) {
      onDisk = files.filter(p -> p.toString().endsWith(".npy")).count();
    }
    assertEquals(onDisk, lines.size());
    for (String line : lines) {
      String[] f = line.split("\t");
      NpyArray a = Npy.read(root.resolve(f[0]));
      assertEquals(f[1], a.dtype().descr(), f[0]);
      assertEquals(f[2], a.fortranOrder() ? "1" : "0", f[0]);
      assertEquals(f[3], Shapes.repr(a.shape()), f[0]);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(a.withLayout(ByteOrder.LITTLE_ENDIAN, false).data());
      assertEquals(f[4], HexFormat.of().formatHex(sha.digest()), f[0] + ": values differ");
    }
  }
}

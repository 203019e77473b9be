package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * numpy is the truth: files numpy writes are read here, files written here are read by numpy,
 * for every dtype x byte order x memory order x shape (0-d, 1-d, 2-d, 3-d, empty, one long
 * axis), and format versions 1.0, 2.0, 3.0. Skipped when python3 with numpy is absent.
 */
class NpyNumpyCrossCheckTest {
  private static final Map<String, long[]> SHAPES = new LinkedHashMap<>();

  static {
    SHAPES.put("s", new long[0]);
    SHAPES.put("7", new long[] {7});
    SHAPES.put("3x4", new long[] {3, 4});
    SHAPES.put("2x3x4", new long[] {2, 3, 4});
    SHAPES.put("0x3", new long[] {0, 3});
    SHAPES.put("4x1", new long[] {4, 1});
  }

  @TempDir Path dir;

  @BeforeEach
  void needNumpy() {
    Numpy.assumeAvailable();
  }

  /** A file variant, named as npy_crosscheck.py names it: {@code f4_be_F_2x3x4[_v2]}. */
  private record Variant(String name, NpyType type, ByteOrder order, boolean fortran, long[] shape, NpyVersion version) {
    static Variant parse(String fileName) {
      String[] p = fileName.replace(".npy", "").split("_");
      NpyType type = NpyDtype.parse("<" + p[0]).type();
      ByteOrder order = p[1].equals("be") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      NpyVersion version = p.length > 4 ? NpyVersion.of(Integer.parseInt(p[4].substring(1)), 0) : NpyVersion.V1_0;
      return new Variant(fileName, type, order, p[2].equals("F"), SHAPES.get(p[3]), version);
    }

    NpyDtype dtype() {
      return new NpyDtype(type, order);
    }

    /** What numpy reports: Fortran only where the orders differ. */
    boolean numpyFortran() {
      long longAxes = Arrays.stream(shape).filter(d -> d > 1).count();
      return fortran && longAxes >= 2 && Shapes.elementCount(shape) > 0;
    }
  }

  private static List<Variant> variants() {
    List<Variant> out = new ArrayList<>();
    for (NpyType t : NpyType.values()) {
      String code = NpyDtype.of(t).descr().substring(1);
      List<String> orders = t.itemSize() == 1 ? List.of("na") : List.of("le", "be");
      for (String bo : orders) {
        for (Map.Entry<String, long[]> s : SHAPES.entrySet()) {
          for (String mem : s.getValue().length >= 2 ? List.of("C", "F") : List.of("C")) {
            out.add(Variant.parse(code + "_" + bo + "_" + mem + "_" + s.getKey() + ".npy"));
          }
        }
      }
    }
    for (String extra : List.of("f8_le_C_3x4_v2", "f8_le_C_3x4_v3", "c8_be_F_2x3x4_v2", "i2_be_F_3x4_v3")) {
      out.add(Variant.parse(extra + ".npy"));
    }
    return out;
  }

  @Test
  void readsWhatNumpyWritesAndWritesTheSameBytes() throws Exception {
    Numpy.run("write", dir);
    List<Variant> variants = variants();
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(variants.size(), files.count(), "files written by numpy");
    }
    Path again = Files.createDirectory(dir.resolve("again"));
    for (Variant v : variants) {
      Path f = dir.resolve(v.name());
      NpyHeader h = Npy.readHeader(f);
      assertEquals(v.dtype(), h.dtype(), v.name());
      assertArrayEquals(v.shape(), h.shape(), v.name());
      assertEquals(v.numpyFortran(), h.fortranOrder(), v.name());
      assertEquals(v.version(), h.version(), v.name());
      assertEquals(0, h.dataOffset() % 64, v.name());

      NpyArray a = Npy.read(f);
      assertEquals(v.dtype(), a.dtype(), v.name());
      assertArrayEquals(v.shape(), a.shape(), v.name());
      NpyTestValues.assertTestValues(a, v.name());

      // writing it back gives numpy's bytes exactly
      Path copy = again.resolve(v.name());
      Npy.write(copy, a, v.version());
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(copy), v.name() + ": bytes differ from numpy.save");
    }
  }

  @Test
  void numpyReadsWhatFathomWrites() throws Exception {
    List<Variant> variants = variants();
    for (Variant v : variants) {
      NpyArray a = NpyTestValues.array(v.type(), v.shape()).withLayout(v.order(), v.fortran());
      Npy.write(dir.resolve(v.name()), a, v.version());
    }
    List<String> lines = Numpy.run("check", dir);
    assertEquals(variants.size(), lines.size(), String.join("\n", lines));
    for (String line : lines) {
      String[] f = line.split("\t");
      Variant v = Variant.parse(f[0]);
      assertEquals("ok", f[4], line);
      assertEquals(v.dtype().descr(), f[1], line);
      assertEquals(v.numpyFortran() ? "1" : "0", f[2], line);
      assertEquals(Shapes.repr(v.shape()), f[3], line);
    }
  }

  @Test
  void writeFloat2DIsReadByNumpy() throws Exception {
    float[][] rows = new float[3][4];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        rows[r][c] = (float) NpyTestValues.real(NpyType.FLOAT32, r * 4 + c);
      }
    }
    Npy.writeFloat2D(dir.resolve("f4_le_C_3x4.npy"), rows);
    List<String> lines = Numpy.run("check", dir);
    assertEquals(List.of("f4_le_C_3x4.npy\t<f4\t0\t(3, 4)\tok"), lines);
    assertEquals(128 + 48, Files.size(dir.resolve("f4_le_C_3x4.npy")));
  }
}

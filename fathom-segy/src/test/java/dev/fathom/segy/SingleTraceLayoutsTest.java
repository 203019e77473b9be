package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PASSCAL single-trace files (no file headers; 32767 in bytes 115-116 means "samples in
 * 229-232"; data format word 205-206: 0 int16, 1 int32; sample rate in µs at 201-204) and SU
 * files in both byte orders, built byte by byte here (segy.md §4.12).
 */
class SingleTraceLayoutsTest {
  @TempDir Path dir;

  private Path passcal(ByteOrder order, int samples, boolean int32, int rateUs) throws Exception {
    int bps = int32 ? 4 : 2;
    ByteBuffer b = ByteBuffer.allocate(240 + samples * bps).order(order);
    b.putShort(114, (short) (samples > 32766 ? 32767 : samples));
    b.putInt(228, samples);
    b.putInt(200, rateUs);
    b.putShort(204, (short) (int32 ? 1 : 0));
    for (int i = 0; i < samples; i++) {
      int v = (i % 200) - 100;
      if (int32) b.putInt(240 + 4 * i, v * 100000); else b.putShort(240 + 2 * i, (short) v);
    }
    Path p = dir.resolve("passcal-" + order + samples + int32 + ".segy");
    Files.write(p, b.array());
    return p;
  }

  @Test
  void passcalInt32With32BitSampleCountEitherEndian() throws Exception {
    for (ByteOrder o : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      try (SegyFile f = SegyFile.open(passcal(o, 40000, true, 5000).toString())) {
        assertEquals(SegyKind.PASSCAL, f.layout().kind());
        assertEquals(o, f.layout().byteOrder());
        assertEquals(1, f.traceCount());
        assertEquals(40000, f.samples());
        assertEquals(5000.0, f.layout().intervalUs());
        double[] x = f.traceDoubles(0);
        assertEquals(-100 * 100000.0, x[0]);
        assertEquals(99 * 100000.0, x[199]);
      }
    }
  }

  @Test
  void passcalInt16() throws Exception {
    try (SegyFile f = SegyFile.open(passcal(ByteOrder.LITTLE_ENDIAN, 1000, false, 10000).toString())) {
      assertEquals(SegyKind.PASSCAL, f.layout().kind());
      assertEquals(3, f.layout().format().code());
      assertEquals(-100f, f.trace(0)[0]);
      assertEquals(-99f, f.trace(0)[1]);
    }
  }

  @Test
  void suEitherEndianFromSampleCountArithmetic() throws Exception {
    for (ByteOrder o : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      int ns = 37;
      int traces = 5;
      ByteBuffer b = ByteBuffer.allocate(traces * (240 + 4 * ns)).order(o);
      for (int t = 0; t < traces; t++) {
        int base = t * (240 + 4 * ns);
        b.putShort(base + 114, (short) ns);
        b.putShort(base + 116, (short) 2000);
        b.putInt(base + 188, 10 + t);
        for (int i = 0; i < ns; i++) b.putFloat(base + 240 + 4 * i, t + i / 8f);
      }
      Path p = dir.resolve("x-" + o + ".su");
      Files.write(p, b.array());
      try (SegyFile f = SegyFile.open(p.toString())) {
        assertEquals(SegyKind.SU, f.layout().kind());
        assertEquals(o, f.layout().byteOrder());
        assertEquals(traces, f.traceCount());
        assertEquals(2000.0, f.layout().intervalUs());
        assertEquals(3 + 5 / 8f, f.trace(3)[5]);
        assertArrayEquals(new long[] {10, 11, 12, 13, 14}, f.headerValues(dev.fathom.segy.header.StandardLayouts.TRACE.find("INLINE_3D")));
        assertTrue(f.layout().decisions().stream().anyMatch(d -> d.name().equals("kind") && d.value().equals("SU")));
      }
    }
  }
}

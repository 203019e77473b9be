package dev.fathom.segy.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.InvalidDataException;
import org.junit.jupiter.api.Test;

class SampleFormatTest {
  @Test
  void everyCodeOfSegyRev21HasItsSizeAndKind() {
    int[][] expected = { // code, bytes, integer?, signed?, since revision (specs/segy.md §4.2)
      {1, 4, 0, 1, 0}, {2, 4, 1, 1, 0}, {3, 2, 1, 1, 0}, {5, 4, 0, 1, 1}, {6, 8, 0, 1, 2},
      {7, 3, 1, 1, 2}, {8, 1, 1, 1, 1}, {9, 8, 1, 1, 2}, {10, 4, 1, 0, 2}, {11, 2, 1, 0, 2},
      {12, 8, 1, 0, 2}, {15, 3, 1, 0, 2}, {16, 1, 1, 0, 2}
    };
    assertEquals(expected.length, SampleFormat.values().length);
    for (int[] e : expected) {
      SampleFormat f = SampleFormat.fromCode(e[0], "x.sgy", 3224);
      assertEquals(e[0], f.code());
      assertEquals(e[1], f.bytesPerSample(), f.name());
      assertEquals(e[2] == 1, f.isInteger(), f.name());
      assertEquals(e[2] == 0, f.isFloatingPoint(), f.name());
      assertEquals(e[3] == 1, f.isSigned(), f.name());
      assertEquals(e[4], f.sinceRevision(), f.name());
      assertSame(f, SampleFormat.forCodeOrNull(e[0]));
    }
  }

  @Test
  void namesAndDescriptions() {
    assertEquals("4-byte IBM floating point", SampleFormat.IBM_FLOAT32.description());
    assertEquals("format 5 (4-byte IEEE floating point)", SampleFormat.IEEE_FLOAT32.toString());
    assertEquals(SampleFormat.Kind.INTEGER, SampleFormat.UINT24.kind());
  }

  @Test
  void suNativeFloatIsFormat5() {
    assertSame(SampleFormat.IEEE_FLOAT32, SampleFormat.SU_NATIVE_FLOAT);
    assertEquals(3224, SampleFormat.FORMAT_CODE_OFFSET);
  }

  @Test
  void format4IsRejectedWithSourceAndOffset() {
    InvalidDataException e =
        assertThrows(InvalidDataException.class, () -> SampleFormat.fromCode(4, "old.sgy", 3224));
    assertEquals("old.sgy", e.source());
    assertEquals(3224, e.offset());
    assertEquals(
        "old.sgy: at byte 3224: fixed point with gain (format 4) is obsolete since rev 1 and not"
            + " supported",
        e.getMessage());
  }

  @Test
  void unknownCodesAreRejectedWithSourceAndOffset() {
    for (int code : new int[] {0, 13, 14, 17, -1, 256, 1280, Integer.MIN_VALUE}) {
      InvalidDataException e =
          assertThrows(
              InvalidDataException.class, () -> SampleFormat.fromCode(code, "f.sgy", 3224));
      assertEquals(3224, e.offset());
      assertTrue(
          e.getMessage()
              .startsWith("f.sgy: at byte 3224: unknown data sample format code " + code + " "),
          e.getMessage());
      assertNull(SampleFormat.forCodeOrNull(code));
    }
    assertNull(SampleFormat.forCodeOrNull(4));
  }

  @Test
  void integerRangesAreExact() {
    assertEquals(-128.0, SampleFormat.INT8.minValue());
    assertEquals(128.0, SampleFormat.INT8.maxValueExclusive());
    assertEquals(0.0, SampleFormat.UINT8.minValue());
    assertEquals(256.0, SampleFormat.UINT8.maxValueExclusive());
    assertEquals(-8388608.0, SampleFormat.INT24.minValue());
    assertEquals(16777216.0, SampleFormat.UINT24.maxValueExclusive());
    assertEquals(-2147483648.0, SampleFormat.INT32.minValue());
    assertEquals(4294967296.0, SampleFormat.UINT32.maxValueExclusive());
    assertEquals(0x1p63, SampleFormat.INT64.maxValueExclusive());
    assertEquals(-0x1p63, SampleFormat.INT64.minValue());
    assertEquals(0x1p64, SampleFormat.UINT64.maxValueExclusive());
    assertEquals(Double.NEGATIVE_INFINITY, SampleFormat.IBM_FLOAT32.minValue());
    assertEquals(Double.POSITIVE_INFINITY, SampleFormat.IEEE_FLOAT64.maxValueExclusive());
    assertFalse(SampleFormat.UINT64.isSigned());
  }
}

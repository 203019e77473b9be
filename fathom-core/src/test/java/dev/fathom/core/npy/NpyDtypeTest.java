package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class NpyDtypeTest {
  @Test
  void parsesEveryTypeInEveryOrder() {
    for (NpyType t : NpyType.values()) {
      String code = "" + t.kind() + t.itemSize();
      assertEquals(new NpyDtype(t, ByteOrder.LITTLE_ENDIAN), NpyDtype.parse("<" + code));
      assertEquals(new NpyDtype(t, ByteOrder.BIG_ENDIAN), NpyDtype.parse(">" + code));
      assertEquals(new NpyDtype(t, ByteOrder.nativeOrder()), NpyDtype.parse("=" + code));
      assertEquals(new NpyDtype(t, ByteOrder.nativeOrder()), NpyDtype.parse("|" + code));
      assertEquals(new NpyDtype(t, ByteOrder.nativeOrder()), NpyDtype.parse(code));
    }
  }

  @Test
  void descrIsNumpys() {
    assertEquals("<f4", NpyDtype.FLOAT32.descr());
    assertEquals(">f8", NpyDtype.FLOAT64.withOrder(ByteOrder.BIG_ENDIAN).descr());
    assertEquals("<c16", NpyDtype.COMPLEX128.descr());
    assertEquals(">c8", NpyDtype.parse(">c8").descr());
    assertEquals("|b1", NpyDtype.parse("|b1").descr());
    assertEquals("|i1", NpyDtype.parse(">i1").descr());
    assertEquals("|u1", NpyDtype.parse("<u1").descr());
    assertEquals(">u8", NpyDtype.parse(">u8").descr());
  }

  @Test
  void oneByteTypesIgnoreOrder() {
    assertEquals(NpyDtype.BOOL, NpyDtype.BOOL.withOrder(ByteOrder.BIG_ENDIAN));
    assertEquals(NpyDtype.UINT8, NpyDtype.parse(">u1"));
  }

  @Test
  void typeProperties() {
    assertEquals(8, NpyType.COMPLEX64.itemSize());
    assertEquals(4, NpyType.COMPLEX64.componentSize());
    assertEquals(NpyType.UINT16, NpyType.of('u', 2));
    assertEquals(null, NpyType.of('f', 2));
    assertTrue(NpyType.BOOL.isIntegral());
    assertTrue(NpyType.FLOAT64.isFloat());
    assertTrue(NpyType.COMPLEX128.isComplex());
  }

  @Test
  void unsupportedTypesAreNamed() {
    assertMessage("<U10", "'<U10'", "string");
    assertMessage("|O", "'|O'", "object");
    assertMessage("<f2", "'<f2'", "float16");
    assertMessage("<M8[ns]", "'<M8[ns]'", "datetime");
    assertMessage("<i3", "'<i3'", "expected one of");
    assertMessage("", "''", "expected one of");
    assertMessage("<f16", "'<f16'", "expected one of");
  }

  private static void assertMessage(String descr, String... parts) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NpyDtype.parse(descr));
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), e.getMessage());
    }
  }
}

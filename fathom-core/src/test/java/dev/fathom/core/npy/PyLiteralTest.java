package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyLiteralTest {
  @Test
  void numpyHeader() throws Exception {
    Object v = PyLiteral.parse("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }          \n");
    assertEquals(Map.of("descr", "<f4", "fortran_order", false, "shape", List.of(3L, 4L)), v);
  }

  @Test
  void spacingQuotesAndCommasAreFree() throws Exception {
    Object v = PyLiteral.parse("  {\"descr\":\"|b1\",\n'fortran_order' :True ,'shape':( 5 , ) ,}");
    assertEquals(Map.of("descr", "|b1", "fortran_order", true, "shape", List.of(5L)), v);
    assertEquals(Map.of("shape", List.of()), PyLiteral.parse("{'shape':()}"));
    assertEquals(List.of(1L, 2L), PyLiteral.parse("[1,2,]"));
  }

  @Test
  void parenthesisedValueIsNotATuple() throws Exception {
    assertEquals(3L, PyLiteral.parse("(3)"));
    assertEquals(List.of(3L), PyLiteral.parse("(3,)"));
  }

  @Test
  void python2LongsBigIntsAndNone() throws Exception {
    assertEquals(List.of(3L, 4L), PyLiteral.parse("(3L, 4l)"));
    assertEquals(new BigInteger("99999999999999999999"), PyLiteral.parse("99999999999999999999"));
    assertEquals(-7L, PyLiteral.parse("-7"));
    assertEquals(null, PyLiteral.parse("None"));
  }

  @Test
  void escapes() throws Exception {
    assertEquals("a'b\\c\u00e9", PyLiteral.parse("'a\\'b\\\\c\\xe9'"));
  }

  @Test
  void syntaxErrorsGiveTheIndex() {
    assertError("{'descr': '<f4' 'shape': ()}", 16, "expected ',' or '}'");
    assertError("{'descr': '<f4", 10, "unterminated string");
    assertError("{'shape': (3, 4}", 15, "expected ',' or ')'");
    assertError("{'a': true}", 6, "unexpected name 'true'");
    assertError("{'a': 1.5}", 6, "found a float");
    assertError("{'a': 1} x", 9, "after the end");
    assertError("{'a': ", 6, "unexpected end of header");
    assertError("{'a' 1}", 5, "expected ':'");
  }

  private static void assertError(String text, int index, String message) {
    PyLiteral.SyntaxError e = assertThrows(PyLiteral.SyntaxError.class, () -> PyLiteral.parse(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertEquals(index, e.index(), e.getMessage());
  }
}

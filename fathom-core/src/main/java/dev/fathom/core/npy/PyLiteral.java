package dev.fathom.core.npy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the subset of Python literals that {@code .npy} headers use, as
 * {@code ast.literal_eval} would: dicts, tuples, lists, single- or double-quoted strings,
 * integers (with Python 2's {@code L} suffix), {@code True}, {@code False}, {@code None}.
 * Whitespace is free and trailing commas are allowed; {@code (3)} is the integer 3, not a tuple.
 *
 * <p>Results: {@link Map} (insertion order), {@link List} (tuples and lists), {@link String},
 * {@link Boolean}, {@link Long} or {@link BigInteger} (when beyond long), and null for None.
 */
final class PyLiteral {

  /** A syntax error at a character index of the parsed text. */
  static final class SyntaxError extends Exception {
    private final int index;

    SyntaxError(int index, String message) {
      super(message);
      this.index = index;
    }

    /** Index of the offending character in the parsed text. */
    int index() {
      return index;
    }
  }

  private final String text;
  private int pos;

  private PyLiteral(String text) {
    this.text = text;
  }

  /** Parses {@code text}, which must hold exactly one literal (and whitespace). */
  static Object parse(String text) throws SyntaxError {
    PyLiteral p = new PyLiteral(text);
    Object v = p.value();
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("unexpected " + p.describeHere() + " after the end of the literal");
    }
    return v;
  }

  private Object value() throws SyntaxError {
    skipSpace();
    if (pos >= text.length()) {
      throw error("unexpected end of header, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return dict();
      case '(':
        return sequence('(', ')');
      case '[':
        return sequence('[', ']');
      case '\'':
      case '"':
        return string();
      default:
        if (c == '-' || c == '+' || Character.isDigit(c)) {
          return integer();
        }
        if (Character.isLetter(c)) {
          return name();
        }
        throw error("unexpected " + describeHere() + ", expected a value");
    }
  }

  private Map<Object, Object> dict() throws SyntaxError {
    pos++; // '{'
    Map<Object, Object> m = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (peek('}')) {
        pos++;
        return m;
      }
      Object key = value();
      skipSpace();
      expect(':');
      Object v = value();
      m.put(key, v);
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek('}')) {
        throw error("unexpected " + describeHere() + ", expected ',' or '}'");
      }
    }
  }

  private Object sequence(char open, char close) throws SyntaxError {
    pos++; // open
    List<Object> items = new ArrayList<>();
    boolean sawComma = false;
    while (true) {
      skipSpace();
      if (peek(close)) {
        pos++;
        // Python: (x) is x itself; (x,) and () are tuples
        return open == '(' && items.size() == 1 && !sawComma ? items.get(0) : items;
      }
      items.add(value());
      skipSpace();
      if (peek(',')) {
        pos++;
        sawComma = true;
      } else if (!peek(close)) {
        throw error("unexpected " + describeHere() + ", expected ',' or '" + close + "'");
      }
    }
  }

  private String string() throws SyntaxError {
    int start = pos;
    char quote = text.charAt(pos++);
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return sb.toString();
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          break;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case '0' -> sb.append('\0');
          case 'x' -> sb.append((char) hex(2));
          case 'u' -> sb.append((char) hex(4));
          default -> sb.append(e); // \\ \' \" and anything else literally
        }
      } else if (c == '\n') {
        break;
      } else {
        sb.append(c);
      }
    }
    throw new SyntaxError(start, "unterminated string starting with " + quote);
  }

  private int hex(int digits) throws SyntaxError {
    if (pos + digits > text.length()) {
      throw error("truncated escape sequence");
    }
    try {
      int v = Integer.parseInt(text.substring(pos, pos + digits), 16);
      pos += digits;
      return v;
    } catch (NumberFormatException e) {
      throw error("bad escape sequence");
    }
  }

  private Object integer() throws SyntaxError {
    int start = pos;
    if (peek('-') || peek('+')) {
      pos++;
    }
    int digits = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == digits) {
      throw new SyntaxError(start, "expected digits after the sign");
    }
    String number = text.substring(start, pos);
    if (pos < text.length() && (text.charAt(pos) == 'L' || text.charAt(pos) == 'l')) {
      pos++; // Python 2 long
    }
    if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      throw new SyntaxError(start, "expected an integer, found a float");
    }
    BigInteger v = new BigInteger(number.startsWith("+") ? number.substring(1) : number);
    return v.bitLength() < 64 ? (Object) v.longValue() : v;
  }

  private Object name() throws SyntaxError {
    int start = pos;
    while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
      pos++;
    }
    String n = text.substring(start, pos);
    switch (n) {
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      case "None":
        return null;
      default:
        throw new SyntaxError(start, "unexpected name '" + n + "', expected True, False or None");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) throws SyntaxError {
    if (!peek(c)) {
      throw error("unexpected " + describeHere() + ", expected '" + c + "'");
    }
    pos++;
  }

  private String describeHere() {
    return pos >= text.length() ? "end of header" : "'" + text.charAt(pos) + "'";
  }

  private SyntaxError error(String message) {
    return new SyntaxError(pos, message);
  }
}

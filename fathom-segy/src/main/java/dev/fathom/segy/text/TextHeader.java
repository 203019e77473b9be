package dev.fathom.segy.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One 3200-byte textual header record (40 card images of 80 characters), kept raw with the
 * encoding used to read it.
 */
public final class TextHeader {
  /** Size of a textual header record in bytes. */
  public static final int SIZE = 3200;
  /** Characters per card image (line). */
  public static final int LINE = 80;

  private final byte[] raw;
  private final TextEncoding encoding;

  public TextHeader(byte[] raw, TextEncoding encoding) {
    if (raw.length != SIZE) {
      throw new IllegalArgumentException("a textual header has " + SIZE + " bytes, got " + raw.length);
    }
    this.raw = raw.clone();
    this.encoding = encoding;
  }

  /** A header from text (padded with blanks or cut to 3200 characters), in {@code encoding}. */
  public static TextHeader of(String text, TextEncoding encoding) {
    StringBuilder sb = new StringBuilder(text);
    while (sb.length() < SIZE) sb.append(' ');
    sb.setLength(SIZE);
    return new TextHeader(encoding.encode(sb.toString()), encoding);
  }

  /** A header of 40 lines, each padded or cut to 80 characters. */
  public static TextHeader ofLines(List<String> lines, TextEncoding encoding) {
    StringBuilder sb = new StringBuilder(SIZE);
    for (int i = 0; i < 40; i++) {
      String l = i < lines.size() ? lines.get(i) : "";
      StringBuilder line = new StringBuilder(l.length() > LINE ? l.substring(0, LINE) : l);
      while (line.length() < LINE) line.append(' ');
      sb.append(line);
    }
    return of(sb.toString(), encoding);
  }

  public TextEncoding encoding() {
    return encoding;
  }

  /** The raw bytes (a copy). */
  public byte[] raw() {
    return raw.clone();
  }

  /** The whole record decoded (3200 characters, NULs kept). */
  public String text() {
    return encoding.decode(raw, 0, SIZE);
  }

  /** The 40 lines of 80 characters each. */
  public List<String> lines() {
    String t = text();
    List<String> out = new ArrayList<>(40);
    for (int i = 0; i < 40; i++) out.add(t.substring(i * LINE, (i + 1) * LINE));
    return out;
  }

  /** The stanza name if this record starts with {@code ((name))}, else null. */
  public String stanzaName() {
    String t = text().stripLeading();
    if (!t.startsWith("((")) return null;
    int end = t.indexOf("))");
    return end < 0 ? null : t.substring(2, end).trim();
  }

  /** True if this record is the {@code ((SEG: EndText))} stanza (case and blanks ignored). */
  public boolean isEndText() {
    String n = stanzaName();
    return n != null && n.replace(" ", "").toLowerCase(Locale.ROOT).equals("seg:endtext");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextHeader t && Arrays.equals(raw, t.raw) && encoding == t.encoding;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(raw) * 31 + encoding.hashCode();
  }
}

package dev.fathom.segy.text;

/**
 * Character encoding of SEG-Y textual headers. EBCDIC is decoded with the classic EBCDIC to
 * ISO-8859-1 table of POSIX {@code dd conv=ascii}, the table segyio uses, so our text equals
 * segyio's byte for byte (Java's IBM037 differs at a few code points, e.g. 0x6A is '|' here and
 * '¦' there). ASCII is decoded as ISO-8859-1 so that every byte maps to one character.
 */
public enum TextEncoding {
  EBCDIC,
  ASCII;

  /** EBCDIC byte to ISO-8859-1 code point (POSIX dd conv=ascii). */
  private static final char[] E2A = new char[256];
  /** ISO-8859-1 code point to EBCDIC byte (inverse of E2A, which is a permutation). */
  private static final byte[] A2E = new byte[256];

  static {
    int[] t = {
      0, 1, 2, 3, 156, 9, 134, 127, 151, 141, 142, 11, 12, 13, 14, 15,
      16, 17, 18, 19, 157, 133, 8, 135, 24, 25, 146, 143, 28, 29, 30, 31,
      128, 129, 130, 131, 132, 10, 23, 27, 136, 137, 138, 139, 140, 5, 6, 7,
      144, 145, 22, 147, 148, 149, 150, 4, 152, 153, 154, 155, 20, 21, 158, 26,
      32, 160, 161, 162, 163, 164, 165, 166, 167, 168, 91, 46, 60, 40, 43, 33,
      38, 169, 170, 171, 172, 173, 174, 175, 176, 177, 93, 36, 42, 41, 59, 94,
      45, 47, 178, 179, 180, 181, 182, 183, 184, 185, 124, 44, 37, 95, 62, 63,
      186, 187, 188, 189, 190, 191, 192, 193, 194, 96, 58, 35, 64, 39, 61, 34,
      195, 97, 98, 99, 100, 101, 102, 103, 104, 105, 196, 197, 198, 199, 200, 201,
      202, 106, 107, 108, 109, 110, 111, 112, 113, 114, 203, 204, 205, 206, 207, 208,
      209, 126, 115, 116, 117, 118, 119, 120, 121, 122, 210, 211, 212, 213, 214, 215,
      216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231,
      123, 65, 66, 67, 68, 69, 70, 71, 72, 73, 232, 233, 234, 235, 236, 237,
      125, 74, 75, 76, 77, 78, 79, 80, 81, 82, 238, 239, 240, 241, 242, 243,
      92, 159, 83, 84, 85, 86, 87, 88, 89, 90, 244, 245, 246, 247, 248, 249,
      48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 250, 251, 252, 253, 254, 255
    };
    for (int i = 0; i < 256; i++) {
      E2A[i] = (char) t[i];
      A2E[t[i]] = (byte) i;
    }
  }

  /** Decodes bytes to text, one character per byte (NULs kept). */
  public String decode(byte[] b, int off, int len) {
    char[] c = new char[len];
    for (int i = 0; i < len; i++) {
      int v = b[off + i] & 0xFF;
      c[i] = this == EBCDIC ? E2A[v] : (char) v;
    }
    return new String(c);
  }

  /**
   * Encodes text, one byte per character; characters outside ISO-8859-1 become '?'. The result
   * has exactly {@code text.length()} bytes.
   */
  public byte[] encode(String text) {
    byte[] out = new byte[text.length()];
    for (int i = 0; i < out.length; i++) {
      char ch = text.charAt(i);
      int v = ch < 256 ? ch : '?';
      out[i] = this == EBCDIC ? A2E[v] : (byte) v;
    }
    return out;
  }

  /**
   * Guesses the encoding of a textual header by scoring every byte: how many are letters, digits
   * or blanks in ASCII versus in EBCDIC (segy.md §1.3: the first byte alone misleads on real
   * files that start with NUL, an EBCDIC blank or a lower-case 'c'). Ties go to EBCDIC, the
   * format's original encoding.
   */
  public static TextEncoding detect(byte[] b, int off, int len) {
    int ascii = 0;
    int ebcdic = 0;
    for (int i = 0; i < len; i++) {
      int v = b[off + i] & 0xFF;
      if (isTextChar((char) v)) ascii++;
      if (isTextChar(E2A[v])) ebcdic++;
    }
    return ascii > ebcdic ? ASCII : EBCDIC;
  }

  private static boolean isTextChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
  }
}

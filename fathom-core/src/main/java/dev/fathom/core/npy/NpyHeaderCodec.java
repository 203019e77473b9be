package dev.fathom.core.npy;

import dev.fathom.core.ByteSource;
import dev.fathom.core.InvalidDataException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes the {@code .npy} header (numpy.lib.format): the magic {@code \x93NUMPY}, two
 * version bytes, a little-endian header length (2 bytes in 1.0, 4 in 2.0/3.0), and a Python
 * dict literal {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }} padded with
 * spaces and a newline so that the data starts at a multiple of 64 bytes.
 *
 * <p>Headers written here are byte-identical to those of {@code numpy.save} (numpy 1.x and 2.x),
 * including the spare spaces numpy reserves for growing the first axis.
 */
final class NpyHeaderCodec {
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  /** numpy.lib.format.ARRAY_ALIGN. */
  static final int ALIGN = 64;
  /** numpy.lib.format.GROWTH_AXIS_MAX_DIGITS. */
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;
  /** Largest header accepted when reading; numpy's own default limit is 10000 bytes. */
  static final int MAX_READ_HEADER = 1 << 20;

  private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

  private NpyHeaderCodec() {}

  /**
   * The header bytes, magic to newline, for an array; {@code version} null picks 1.0, or 2.0
   * when the header does not fit in 1.0 (as numpy does).
   */
  static byte[] encode(NpyDtype dtype, long[] shape, boolean fortranOrder, NpyVersion version) {
    StringBuilder sb = new StringBuilder()
        .append("{'descr': '").append(dtype.descr())
        .append("', 'fortran_order': ").append(fortranOrder ? "True" : "False")
        .append(", 'shape': ").append(Shapes.repr(shape)).append(", }");
    if (shape.length > 0) {
      long growthAxis = shape[fortranOrder ? shape.length - 1 : 0];
      sb.append(" ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Long.toString(growthAxis).length())));
    }
    if (version == null) {
      version = fits(sb.length(), NpyVersion.V1_0) ? NpyVersion.V1_0 : NpyVersion.V2_0;
    } else if (!fits(sb.length(), version)) {
      throw new IllegalArgumentException("header of " + sb.length() + " bytes is too long for .npy version " + version);
    }
    byte[] dict = sb.toString().getBytes(version.charset());
    int prefix = MAGIC.length + 2 + version.lengthFieldSize();
    int hlen = dict.length + 1;
    int pad = ALIGN - (prefix + hlen) % ALIGN; // numpy pads a full 64 when already aligned
    ByteBuffer b = ByteBuffer.allocate(prefix + hlen + pad).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).put((byte) version.major()).put((byte) version.minor());
    if (version.lengthFieldSize() == 2) {
      b.putShort((short) (hlen + pad));
    } else {
      b.putInt(hlen + pad);
    }
    b.put(dict);
    for (int i = 0; i < pad; i++) {
      b.put((byte) ' ');
    }
    b.put((byte) '\n');
    return b.array();
  }

  private static boolean fits(int dictLength, NpyVersion v) {
    return dictLength + 1 + ALIGN <= v.maxHeaderLength();
  }

  /**
   * Reads and checks the header of {@code src}.
   *
   * @throws InvalidDataException naming the source, the byte offset and what was expected
   */
  static NpyHeader read(ByteSource src) {
    String name = src.name();
    long size = src.size();
    ByteBuffer start = src.read(0, (int) Math.min(size, 12)).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < MAGIC.length; i++) {
      if (i >= start.limit() || start.get(i) != MAGIC[i]) {
        throw new InvalidDataException(name, i, "not a .npy file: expected the magic \\x93NUMPY at byte 0, found "
            + describeBytes(start, 0, Math.min(start.limit(), 6)) + (size < 6 ? " (file of " + size + " bytes)" : ""));
      }
    }
    if (start.limit() < 8) {
      throw new InvalidDataException(name, size, "truncated .npy header: file ends before the version bytes 6..7");
    }
    int major = start.get(6) & 0xFF;
    int minor = start.get(7) & 0xFF;
    NpyVersion version = NpyVersion.of(major, minor);
    if (version == null) {
      throw new InvalidDataException(name, 6, "unsupported .npy format version " + major + "." + minor + ", expected 1.0, 2.0 or 3.0");
    }
    int headerStart = 8 + version.lengthFieldSize();
    if (start.limit() < headerStart) {
      throw new InvalidDataException(name, size, "truncated .npy header: file ends before the header length at bytes 8.." + (headerStart - 1));
    }
    long hlen = version.lengthFieldSize() == 2 ? start.getShort(8) & 0xFFFFL : start.getInt(8) & 0xFFFF_FFFFL;
    if (hlen > MAX_READ_HEADER) {
      throw new InvalidDataException(name, 8, "header length " + hlen + " exceeds the limit of " + MAX_READ_HEADER + " bytes; corrupt file?");
    }
    if (headerStart + hlen > size) {
      throw new InvalidDataException(name, size, "truncated .npy header: expected " + hlen + " header bytes from byte "
          + headerStart + ", the file has only " + (size - headerStart));
    }
    ByteBuffer raw = src.read(headerStart, (int) hlen);
    byte[] bytes = new byte[(int) hlen];
    raw.get(bytes);
    String text = new String(bytes, version.charset());
    return parseDict(name, text, version, headerStart, headerStart + hlen);
  }

  private static NpyHeader parseDict(String name, String text, NpyVersion version, int headerStart, long dataOffset) {
    Object parsed;
    try {
      parsed = PyLiteral.parse(text);
    } catch (PyLiteral.SyntaxError e) {
      long at = headerStart + text.substring(0, e.index()).getBytes(version.charset()).length;
      throw new InvalidDataException(name, at, "bad .npy header: " + e.getMessage() + " in " + quote(text));
    }
    if (!(parsed instanceof Map<?, ?> dict)) {
      throw new InvalidDataException(name, headerStart, "bad .npy header: expected a dict literal, found " + quote(text));
    }
    Set<String> keys = new TreeSet<>();
    for (Object k : dict.keySet()) {
      keys.add(String.valueOf(k));
    }
    if (!keys.equals(KEYS) || dict.size() != KEYS.size()) {
      throw new InvalidDataException(name, headerStart, "bad .npy header: expected exactly the keys 'descr', 'fortran_order', 'shape', found "
          + keys + " in " + quote(text));
    }
    NpyDtype dtype = dtype(name, dict.get("descr"), headerStart);
    Object fortran = dict.get("fortran_order");
    if (!(fortran instanceof Boolean)) {
      throw new InvalidDataException(name, headerStart, "bad .npy header: expected 'fortran_order' True or False, found " + fortran);
    }
    long[] shape = shape(name, dict.get("shape"), headerStart);
    try {
      Math.multiplyExact(Shapes.elementCount(shape), (long) dtype.itemSize());
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new InvalidDataException(name, headerStart, "bad .npy header: shape " + Shapes.repr(shape) + " of " + dtype
          + " needs more than 2^63-1 bytes");
    }
    return new NpyHeader(dtype, shape, (Boolean) fortran, version, dataOffset);
  }

  private static NpyDtype dtype(String name, Object descr, int headerStart) {
    if (descr instanceof List) {
      throw new InvalidDataException(name, headerStart, "unsupported dtype: structured arrays (descr given as a list of fields " + descr + ")");
    }
    if (!(descr instanceof String s)) {
      throw new InvalidDataException(name, headerStart, "bad .npy header: expected 'descr' to be a string such as '<f4', found " + descr);
    }
    try {
      return NpyDtype.parse(s);
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(name, headerStart, e.getMessage());
    }
  }

  private static long[] shape(String name, Object value, int headerStart) {
    if (!(value instanceof List<?> dims)) {
      throw new InvalidDataException(name, headerStart, "bad .npy header: expected 'shape' to be a tuple of integers, found " + value);
    }
    long[] shape = new long[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      Object d = dims.get(i);
      if (d instanceof BigInteger) {
        throw new InvalidDataException(name, headerStart, "bad .npy header: shape dimension " + d + " exceeds 2^63-1");
      }
      if (!(d instanceof Long n) || n < 0) {
        throw new InvalidDataException(name, headerStart, "bad .npy header: expected 'shape' to be a tuple of non-negative integers, found " + value);
      }
      shape[i] = n;
    }
    return shape;
  }

  private static String describeBytes(ByteBuffer b, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      int c = b.get(i) & 0xFF;
      sb.append(c >= 0x20 && c < 0x7F && c != '\\' ? String.valueOf((char) c) : String.format(Locale.ROOT, "\\x%02X", c));
    }
    return sb.length() == 0 ? "nothing" : "'" + sb + "'";
  }

  private static String quote(String text) {
    String t = text.strip();
    t = t.length() > 200 ? t.substring(0, 200) + "..." : t;
    return "\"" + t.replace("\n", "\\n") + "\"";
  }
}

package dev.fathom.das.hdf;

import dev.fathom.das.DasArray;
import dev.fathom.das.DasFormatException;
import dev.fathom.das.TruncatedDasFileException;
import dev.fathom.das.UnsupportedFilterException;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfFilterException;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access to HDF5 files through jhdf with Fathom's errors: every jhdf exception, buffer underflow
 * (a truncated file) or missing object becomes a {@link dev.fathom.core.FathomException} subclass
 * naming the file, the object and what was expected. Attribute values are unwrapped the way
 * DASCore's {@code unbyte}/{@code float()} do: one-element arrays become scalars (jhdf returns HDF5
 * strings as String; int8 values stay numbers).
 */
public final class Hdf5 {
  private Hdf5() {}

  /** HDF5 filter ids registered with The HDF Group, for naming the ones jhdf cannot decode. */
  private static final Map<Integer, String> FILTER_NAMES = Map.ofEntries(
      Map.entry(1, "deflate (gzip)"), Map.entry(2, "shuffle"), Map.entry(3, "fletcher32"),
      Map.entry(4, "szip"), Map.entry(5, "nbit"), Map.entry(6, "scaleoffset"),
      Map.entry(307, "bzip2"), Map.entry(32000, "lzf"), Map.entry(32001, "blosc"),
      Map.entry(32004, "lz4"), Map.entry(32008, "bitshuffle"), Map.entry(32013, "zfp"),
      Map.entry(32015, "zstd"), Map.entry(32017, "sz"), Map.entry(32026, "blosc2"));

  /** Opens an HDF5 file (metadata only). */
  public static HdfFile open(Path path) {
    try {
      return new HdfFile(path);
    } catch (RuntimeException e) {
      throw translate(path.toString(), "/", "open the HDF5 file", e);
    }
  }

  /** The node at {@code path}, or null when absent (or unreadable). */
  public static Node nodeOrNull(Group root, String path) {
    try {
      return root.getByPath(path);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The dataset at {@code path}; a {@link DasFormatException} when absent or not a dataset. */
  public static Dataset dataset(Group root, String path) {
    Node n = nodeOrNull(root, path);
    if (n instanceof Dataset d) return d;
    throw new DasFormatException(fileName(root), n == null
        ? "missing dataset " + path : path + " is a " + n.getType() + ", expected a dataset");
  }

  /** The group at {@code path}; a {@link DasFormatException} when absent. */
  public static Group group(Group root, String path) {
    Node n = nodeOrNull(root, path);
    if (n instanceof Group g) return g;
    throw new DasFormatException(fileName(root), n == null ? "missing group " + path : path + " is not a group");
  }

  /** The names of {@code g}'s children, or empty when unreadable. */
  public static java.util.Set<String> childNames(Group g) {
    try {
      return g.getChildren().keySet();
    } catch (RuntimeException e) {
      return java.util.Set.of();
    }
  }

  /** The attribute names of {@code n}, or empty when unreadable. */
  public static java.util.Set<String> attrNames(Node n) {
    try {
      return n.getAttributes().keySet();
    } catch (RuntimeException e) {
      return java.util.Set.of();
    }
  }

  /** An attribute's value unwrapped (see class doc), or null when absent. */
  public static Object attrOrNull(Node n, String name) {
    Attribute a;
    try {
      a = n.getAttribute(name);
    } catch (RuntimeException e) {
      throw translate(fileName(n), n.getPath() + "@" + name, "read attribute", e);
    }
    if (a == null) return null;
    try {
      return a.isEmpty() ? null : unwrap(a.getData());
    } catch (RuntimeException e) {
      throw translate(fileName(n), n.getPath() + "@" + name, "read attribute", e);
    }
  }

  /** A required attribute's value; a {@link DasFormatException} naming it when absent. */
  public static Object attr(Node n, String name) {
    Object v = attrOrNull(n, name);
    if (v == null) throw new DasFormatException(fileName(n), "missing attribute " + n.getPath() + "@" + name);
    return v;
  }

  public static String attrString(Node n, String name) {
    return text(attr(n, name));
  }

  public static String attrStringOrNull(Node n, String name) {
    Object v = attrOrNull(n, name);
    return v == null ? null : text(v);
  }

  public static double attrDouble(Node n, String name) {
    return number(fileName(n), n.getPath() + "@" + name, attr(n, name));
  }

  public static long attrLong(Node n, String name) {
    double v = attrDouble(n, name);
    if (v != Math.rint(v)) throw new DasFormatException(fileName(n), n.getPath() + "@" + name + " = " + v + ", expected an integer");
    return (long) v;
  }

  /** The whole (small) dataset unwrapped like an attribute: scalar datasets become their value. */
  public static Object value(Dataset d) {
    try {
      return d.isEmpty() ? null : unwrap(d.getData());
    } catch (RuntimeException e) {
      throw translate(fileName(d), d.getPath(), "read dataset", e);
    }
  }

  public static double valueDouble(Group root, String path) {
    return number(fileName(root), path, value(dataset(root, path)));
  }

  public static String valueString(Group root, String path) {
    return text(value(dataset(root, path)));
  }

  /** One element of a 1-D dataset as a double (reads only that element). */
  public static double element(Dataset d, long i) {
    Object o = slice(d, new long[] {i}, new int[] {1});
    return number(fileName(d), d.getPath() + "[" + i + "]", unwrap(o));
  }

  /** One element of a 1-D integer dataset, exactly (uint64 too, up to 2^63). */
  public static long longElement(Dataset d, long i) {
    Object o = unwrap(slice(d, new long[] {i}, new int[] {1}));
    if (o instanceof java.math.BigInteger b) return b.longValue();
    if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) return ((Number) o).longValue();
    return Math.round(number(fileName(d), d.getPath() + "[" + i + "]", o));
  }

  /** A 1-D dataset as doubles. */
  public static double[] doubles(Dataset d) {
    Object o;
    try {
      o = d.getData();
    } catch (RuntimeException e) {
      int[] dims = dims(d);
      o = dims.length == 1 ? ChunkedBlocks.sliceWithOwnIndex(d, new long[1], dims) : null;
      if (o == null) throw translate(fileName(d), d.getPath(), "read dataset", e);
    }
    if (!o.getClass().isArray()) return new double[] {number(fileName(d), d.getPath(), o)};
    int n = Array.getLength(o);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      Object e = Array.get(o, i);
      out[i] = e.getClass().isArray() ? number(fileName(d), d.getPath(), unwrap(e)) : number(fileName(d), d.getPath(), e);
    }
    return out;
  }

  /**
   * A hyperslab of a dataset as jhdf returns it (nested primitive arrays), or flat in C order when
   * jhdf cannot read the dataset's fixed-array chunk index and {@link FixedArrayChunks} can.
   */
  public static Object slice(Dataset d, long[] offset, int[] shape) {
    try {
      return d.getData(offset, shape);
    } catch (RuntimeException e) {
      Object o = ChunkedBlocks.sliceWithOwnIndex(d, offset, shape);
      if (o != null) return o;
      throw translate(fileName(d), d.getPath(), "read samples", e);
    }
  }

  /** A hyperslab of a numeric dataset, flattened in C order. */
  public static DasArray sliceArray(Dataset d, long[] offset, int[] shape) {
    Object o = slice(d, offset, shape);
    try {
      return DasArray.of(o);
    } catch (IllegalArgumentException e) {
      throw new DasFormatException(fileName(d), d.getPath() + " holds " + d.getJavaType().getSimpleName()
          + " samples; expected integers or floats", e);
    }
  }

  /** All attributes of {@code n} as text (arrays as {@code [a, b]}), in file order. */
  public static Map<String, String> attrsAsText(Node n, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : attrNames(n)) {
      try {
        Object v = attrOrNull(n, k);
        out.put(prefix + k, v == null ? "" : text(v));
      } catch (RuntimeException e) {
        out.put(prefix + k, "(unreadable)");
      }
    }
    return out;
  }

  /** One-element arrays become their element. */
  public static Object unwrap(Object v) {
    while (v != null && v.getClass().isArray() && Array.getLength(v) == 1) v = Array.get(v, 0);
    return v;
  }

  /** A value as text: strings trimmed of NULs, arrays as {@code [a, b]}. */
  public static String text(Object v) {
    v = unwrap(v);
    if (v == null) return "";
    if (v.getClass().isArray()) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < Array.getLength(v); i++) sb.append(i == 0 ? "" : ", ").append(text(Array.get(v, i)));
      return sb.append(']').toString();
    }
    return v.toString().replace("\0", "");
  }

  /** A value as a number; strings are parsed as Python's {@code float()} does. */
  public static double number(String file, String what, Object v) {
    v = unwrap(v);
    if (v instanceof Float f) return f; // widen exactly, as numpy does for float32 attrs
    if (v instanceof Number x) return x.doubleValue();
    if (v instanceof Boolean b) return b ? 1 : 0;
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw new DasFormatException(file, what + " = '" + s + "', expected a number");
      }
    }
    throw new DasFormatException(file, what + " = " + text(v) + ", expected a number");
  }

  /** Name of the file a node is in. */
  public static String fileName(Node n) {
    try {
      return n.getFileAsPath().toString();
    } catch (RuntimeException e) {
      return "HDF5 file";
    }
  }

  /** jhdf's failures as Fathom errors. */
  public static RuntimeException translate(String file, String object, String action, RuntimeException e) {
    if (e instanceof dev.fathom.core.FathomException fe) return fe;
    String filter = missingFilter(e);
    if (filter != null) {
      return new UnsupportedFilterException(file, filter, object + " is compressed with HDF5 filter " + filter
          + ", which the HDF5 reader (jhdf) cannot decode; recompress it (e.g. h5repack -f GZIP=1) to read it", e);
    }
    if (isTruncation(e)) {
      return new TruncatedDasFileException(file, -1, "cannot " + action + " " + object
          + ": the file ends before the data it declares (truncated?)", e);
    }
    return new DasFormatException(file, "cannot " + action + " " + object + ": " + rootMessage(e), e);
  }

  private static final Pattern FILTER_ID = Pattern.compile("(?i)(?:filter|id)\\D{0,20}?(\\d+)");

  private static String missingFilter(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HdfFilterException && t.getMessage() != null) {
        Matcher m = FILTER_ID.matcher(t.getMessage());
        Integer id = null;
        while (m.find()) id = Integer.parseInt(m.group(1));
        if (id != null) return FILTER_NAMES.getOrDefault(id, "id " + id) + (FILTER_NAMES.containsKey(id) ? " (id " + id + ")" : "");
        return "'" + t.getMessage() + "'";
      }
    }
    return null;
  }

  private static boolean isTruncation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BufferUnderflowException || t instanceof java.io.EOFException) return true;
      if (t instanceof IndexOutOfBoundsException) return true;
      String m = t.getMessage();
      if (m != null && (m.contains("beyond") || m.contains("end of file") || m.contains("EOF")
          || m.contains("Failed to read") || m.contains("truncat"))) return true;
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  /** The sample type of a numeric dataset. */
  public static dev.fathom.das.DasDtype dtype(Dataset d) {
    dev.fathom.das.DasDtype t;
    try {
      t = dev.fathom.das.DasDtype.ofJavaType(d.getJavaType());
    } catch (RuntimeException e) {
      throw translate(fileName(d), d.getPath(), "read the type of", e);
    }
    if (t == null) {
      throw new DasFormatException(fileName(d), d.getPath() + " holds " + d.getJavaType().getSimpleName()
          + " values; expected integer or float samples");
    }
    return t;
  }

  /** The dimensions of a dataset. */
  public static int[] dims(Dataset d) {
    try {
      return d.getDimensions();
    } catch (RuntimeException e) {
      throw translate(fileName(d), d.getPath(), "read the shape of", e);
    }
  }

  /** An unsigned 64-bit value jhdf returns as BigInteger, as a long. */
  static long asLong(Object o) {
    return o instanceof BigInteger b ? b.longValue() : ((Number) o).longValue();
  }
}

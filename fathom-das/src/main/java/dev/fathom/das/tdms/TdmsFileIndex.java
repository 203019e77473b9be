package dev.fathom.das.tdms;

import dev.fathom.das.DasDtype;
import dev.fathom.das.DasFormatException;
import dev.fathom.das.TruncatedDasFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments, channels and properties of a TDMS file (NI's TDMS format, versions 4712 and 4713,
 * which share this layout), read from the lead-ins and metadata only. Segments are joined along
 * time (DASCore's pinned reader appends later segments along the channel axis, bug #974). A last
 * segment cut short by the end of the file is clipped to its whole rows (as DASCore does).
 *
 * <p>Supports files where every channel has the same numeric type and value count per segment
 * (DAS files); DAQmx raw data is refused.
 */
public final class TdmsFileIndex {
  public static final int LEAD_IN = 28;
  private static final int TOC_META = 0x2;
  private static final int TOC_NEW_OBJ_LIST = 0x4;
  private static final int TOC_RAW = 0x8;
  private static final int TOC_INTERLEAVED = 0x20;
  private static final int TOC_BIG_ENDIAN = 0x40;
  private static final int TOC_DAQMX = 0x80;
  /** Seconds from the LabVIEW epoch (1904-01-01 UTC) to the Unix epoch. */
  static final long LABVIEW_EPOCH_OFFSET = 2_082_844_800L;

  private final String name;
  private final int version;
  private final List<TdmsSegment> segments = new ArrayList<>();
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<String> channels = new ArrayList<>();
  private DasDtype dtype;
  private long rows;

  /** Object in the current object list: its raw index (type, count) and properties. */
  private static final class Obj {
    int type = -1;
    long count;
    boolean hasData;
  }

  private TdmsFileIndex(String name, int version) {
    this.name = name;
    this.version = version;
  }

  /** The version number of a TDMS lead-in at offset 0 (4712 or 4713), or -1 when not TDMS. */
  public static int version(FileChannel ch) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(LEAD_IN).order(ByteOrder.LITTLE_ENDIAN);
    if (ch.read(b, 0) < 12) return -1;
    b.flip();
    byte[] tag = new byte[4];
    b.get(tag);
    if (!new String(tag, StandardCharsets.US_ASCII).equals("TDSm")) return -1;
    b.getInt();
    return b.getInt();
  }

  /** Reads the index of {@code path}. */
  public static TdmsFileIndex read(Path path) {
    String name = path.toString();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      TdmsFileIndex ix = new TdmsFileIndex(name, version(ch));
      ix.scan(ch);
      return ix;
    } catch (IOException e) {
      throw new dev.fathom.core.SourceAccessException(name, -1, "cannot read: " + e.getMessage(), e);
    }
  }

  private void scan(FileChannel ch) throws IOException {
    long size = ch.size();
    long off = 0;
    LinkedHashMap<String, Obj> objects = new LinkedHashMap<>();
    while (off + LEAD_IN <= size) {
      ByteBuffer lead = readAt(ch, off, LEAD_IN, ByteOrder.LITTLE_ENDIAN);
      byte[] tag = new byte[4];
      lead.get(tag);
      if (!new String(tag, StandardCharsets.US_ASCII).equals("TDSm")) {
        throw new DasFormatException(name, "no TDMS segment lead-in ('TDSm') at byte " + off);
      }
      int toc = lead.getInt();
      lead.getInt();
      long next = lead.getLong();
      long raw = lead.getLong();
      long segEnd = next == -1L || off + LEAD_IN + next > size ? size : off + LEAD_IN + next;
      long dataStart = off + LEAD_IN + raw;
      if (dataStart > size || raw < 0) {
        throw new TruncatedDasFileException(name, off, "TDMS segment metadata runs past the end of the file", null);
      }
      ByteOrder order = (toc & TOC_BIG_ENDIAN) != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      if ((toc & TOC_DAQMX) != 0) throw new DasFormatException(name, "TDMS segment at byte " + off + " holds DAQmx raw data, which is not supported");
      if ((toc & TOC_META) != 0) {
        if ((toc & TOC_NEW_OBJ_LIST) != 0) {
          // a new list: objects keep their last raw index for "same as before" entries
          LinkedHashMap<String, Obj> fresh = new LinkedHashMap<>();
          parseMeta(readAt(ch, off + LEAD_IN, (int) raw, order), objects, fresh, off);
          objects = fresh;
        } else {
          parseMeta(readAt(ch, off + LEAD_IN, (int) raw, order), objects, objects, off);
        }
      }
      if ((toc & TOC_RAW) != 0) addSegment(off, dataStart, segEnd, (toc & TOC_INTERLEAVED) != 0, order == ByteOrder.BIG_ENDIAN, objects);
      if (next == -1L || segEnd >= size) break;
      off = segEnd;
    }
  }

  private void addSegment(long off, long dataStart, long segEnd, boolean interleaved, boolean bigEndian, Map<String, Obj> objects) {
    List<String> names = new ArrayList<>();
    Obj first = null;
    for (Map.Entry<String, Obj> e : objects.entrySet()) {
      Obj o = e.getValue();
      if (!o.hasData) continue;
      if (first == null) first = o;
      else if (o.type != first.type || o.count != first.count) {
        throw new DasFormatException(name, "TDMS segment at byte " + off + ": channel " + e.getKey()
            + " differs in type or count from the first channel; expected DAS channels of one type");
      }
      names.add(e.getKey());
    }
    if (first == null) return;
    DasDtype t = dtypeOf(first.type, off);
    if (channels.isEmpty()) {
      channels.addAll(names);
      dtype = t;
    } else if (!channels.equals(names) || dtype != t) {
      throw new DasFormatException(name, "TDMS segment at byte " + off + " has other channels or type than the first segment");
    }
    long rowBytes = (long) names.size() * t.bytes();
    long bytes = segEnd - dataStart;
    long chunkBytes = first.count * rowBytes;
    long segRows = interleaved ? bytes / rowBytes : (chunkBytes == 0 ? 0 : bytes / chunkBytes * first.count);
    segments.add(new TdmsSegment(off, dataStart, segRows, interleaved, bigEndian, first.count, rows));
    rows += segRows;
  }

  private DasDtype dtypeOf(int type, long off) {
    return switch (type) {
      case 1 -> DasDtype.INT8;
      case 2 -> DasDtype.INT16;
      case 3 -> DasDtype.INT32;
      case 4 -> DasDtype.INT64;
      case 9, 0x19 -> DasDtype.FLOAT32;
      case 10, 0x1A -> DasDtype.FLOAT64;
      default -> throw new DasFormatException(name, "TDMS segment at byte " + off + ": channel data type 0x"
          + Integer.toHexString(type) + " is not a supported sample type (int8/16/32/64, float32/64)");
    };
  }

  private void parseMeta(ByteBuffer b, Map<String, Obj> previous, Map<String, Obj> into, long off) {
    try {
      int n = b.getInt();
      for (int i = 0; i < n; i++) {
        String path = string(b);
        Obj o = into.containsKey(path) ? into.get(path) : new Obj();
        Obj before = previous.get(path);
        int index = b.getInt();
        if (index == -1) {
          o.hasData = false;
        } else if (index == 0) { // same raw index as in the previous segment
          if (before == null) throw new DasFormatException(name, "TDMS object " + path + " reuses a raw index it never had (segment at byte " + off + ")");
          o.type = before.type;
          o.count = before.count;
          o.hasData = before.hasData;
        } else if (index == 0x1269 || index == 0x1369 || index == 0x12690000 || index == 0x13690000) {
          throw new DasFormatException(name, "TDMS object " + path + " holds DAQmx raw data, which is not supported");
        } else {
          int start = b.position();
          o.type = b.getInt();
          b.getInt(); // dimension, always 1
          o.count = b.getLong();
          o.hasData = true;
          b.position(start - 4 + index); // the length counts its own 4 bytes
        }
        int props = b.getInt();
        for (int p = 0; p < props; p++) {
          String key = string(b);
          Object v = value(b, b.getInt());
          if (path.equals("/") || !path.contains("'/'")) properties.put(path.equals("/") ? key : path + "." + key, v);
        }
        into.put(path, o);
      }
    } catch (java.nio.BufferUnderflowException e) {
      throw new TruncatedDasFileException(name, off, "TDMS metadata ends early", e);
    }
  }

  private static String string(ByteBuffer b) {
    int n = b.getInt();
    byte[] s = new byte[n];
    b.get(s);
    return new String(s, StandardCharsets.UTF_8);
  }

  private Object value(ByteBuffer b, int type) {
    return switch (type) {
      case 1 -> b.get();
      case 2 -> b.getShort();
      case 3 -> b.getInt();
      case 4 -> b.getLong();
      case 5 -> b.get() & 0xff;
      case 6 -> b.getShort() & 0xffff;
      case 7 -> b.getInt() & 0xffffffffL;
      case 8 -> b.getLong();
      case 9, 0x19 -> b.getFloat();
      case 10, 0x1A -> b.getDouble();
      case 0x20 -> string(b);
      case 0x21 -> b.get() != 0;
      case 0x44 -> {
        long fraction = b.getLong();
        long seconds = b.getLong();
        yield new LabViewTime(seconds, fraction);
      }
      default -> throw new DasFormatException(name, "TDMS property of unsupported type 0x" + Integer.toHexString(type));
    };
  }

  /**
   * A LabVIEW timestamp: whole seconds since 1904-01-01 UTC and a fraction in units of 2^-64 s.
   */
  public record LabViewTime(long seconds, long fraction) {
    /** UTC epoch nanoseconds, the fraction floored to the nanosecond. */
    public long epochNanos() {
      long fracNanos = Math.multiplyHigh(fraction, 1_000_000_000L) + (fraction < 0 ? 1_000_000_000L : 0);
      return (seconds - LABVIEW_EPOCH_OFFSET) * 1_000_000_000L + fracNanos;
    }

    @Override
    public String toString() {
      return dev.fathom.das.DasTimes.format(epochNanos());
    }
  }

  private static ByteBuffer readAt(FileChannel ch, long off, int n, ByteOrder order) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n).order(order);
    while (b.hasRemaining()) {
      int r = ch.read(b, off + b.position());
      if (r < 0) break;
    }
    b.flip();
    return b;
  }

  public String name() {
    return name;
  }

  public int version() {
    return version;
  }

  public List<TdmsSegment> segments() {
    return segments;
  }

  /** Root properties by name; group and channel properties as {@code path.name}. */
  public Map<String, Object> properties() {
    return properties;
  }

  /** Channel object paths, in order. */
  public List<String> channels() {
    return channels;
  }

  /** Sample type (null when the file holds no raw data). */
  public DasDtype dtype() {
    return dtype;
  }

  /** Values per channel over all segments. */
  public long rows() {
    return rows;
  }
}

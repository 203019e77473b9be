package dev.fathom.segy.header;

import dev.fathom.core.FathomException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ordered table of the fields of one header kind (trace, extension, binary) with lookup by
 * name, Seismic Unix key, segyio 1.8 name (all case-insensitive) or 1-based byte number.
 */
public final class HeaderLayout {
  private final String kind;
  private final int size;
  private final List<HeaderField> fields;
  private final Map<String, HeaderField> byName = new HashMap<>();
  private final Map<Integer, HeaderField> byByte = new HashMap<>();

  /**
   * @param kind name of the header kind, for messages
   * @param size header size in bytes
   * @param fields fields in byte order
   */
  public HeaderLayout(String kind, int size, List<HeaderField> fields) {
    this.kind = kind;
    this.size = size;
    this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    for (HeaderField f : fields) {
      if (f.offset() < 0 || f.offset() + f.type().size() > size) {
        throw new IllegalArgumentException(f + " does not fit a " + size + "-byte " + kind + " header");
      }
      key(f.name(), f);
      key(f.suKey(), f);
      key(f.legacyName(), f);
      byByte.putIfAbsent(f.byteNumber(), f);
    }
  }

  private void key(String k, HeaderField f) {
    if (k != null) byName.putIfAbsent(k.toLowerCase(Locale.ROOT), f);
  }

  /** Fields in byte order. */
  public List<HeaderField> fields() {
    return fields;
  }

  /** Header size in bytes. */
  public int size() {
    return size;
  }

  /** The field called {@code nameOrByte}, or starting at that 1-based byte number; null if none. */
  public HeaderField find(String nameOrByte) {
    String k = nameOrByte.trim();
    HeaderField f = byName.get(k.toLowerCase(Locale.ROOT));
    if (f == null && k.chars().allMatch(Character::isDigit) && !k.isEmpty()) {
      f = byByte.get(Integer.parseInt(k));
    }
    return f;
  }

  /** Like {@link #find} but throws a typed error listing a few known names. */
  public HeaderField require(String nameOrByte, String source) {
    HeaderField f = find(nameOrByte);
    if (f == null) {
      throw new FathomException(
          source,
          FathomException.NO_OFFSET,
          "unknown " + kind + " header field '" + nameOrByte
              + "' (use a segyio name such as INLINE_3D, CROSSLINE_3D, CDP_X, CDP_Y, offset, a Seismic Unix key such as cdpx, or a byte number such as 189)");
    }
    return f;
  }

  /** The field starting at 1-based byte {@code byteNumber}, or null. */
  public HeaderField atByte(int byteNumber) {
    return byByte.get(byteNumber);
  }
}

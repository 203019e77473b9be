package dev.fathom.segy.text;

import dev.fathom.segy.header.FieldType;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.StandardLayouts;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The rev-2.1 {@code ((SEG:Layout))} extended-text stanza (SEG-Y rev 2.1 §D8; what segyio 2.0
 * applies, segy.md §1.4): an XML {@code <segy-layout>} whose top-level {@code <entry name byte
 * type>} elements say where the standard trace header's words are, followed by
 * {@code <extension>} blocks for the other header blocks. Fathom takes from it the words it keys
 * on: {@code iline}, {@code xline}, {@code offset}, {@code cdp_x}, {@code cdp_y} and the
 * coordinate scalar {@code co_scal}, as integer words of the standard header (1-based bytes;
 * line numbers and offsets of at most 4 bytes, as segyio 2.0 requires).
 * Extension blocks are not read.
 *
 * <p>A stanza that does not parse, has another root, or has an entry with a bad byte or type
 * gives a warning and no keys: the file stays readable with the standard positions (segyio 2.0
 * refuses such files).
 */
public final class LayoutStanza {
  /** The key words Fathom reads from a layout, by their rev-2.1 mnemonic. */
  public static final List<String> KEYS = List.of("iline", "xline", "offset", "cdp_x", "cdp_y", "co_scal");

  /** The standard trace-header field each key mnemonic stands for (its name, SU key and scalar). */
  private static final Map<String, String> STANDARD_NAMES = Map.of("iline", "INLINE_3D", "xline", "CROSSLINE_3D",
      "offset", "offset", "cdp_x", "CDP_X", "cdp_y", "CDP_Y", "co_scal", "SourceGroupScalar");

  private final Map<String, HeaderField> keys;
  private final List<String> warnings;

  private LayoutStanza(Map<String, HeaderField> keys, List<String> warnings) {
    this.keys = keys;
    this.warnings = warnings;
  }

  /** Key words by mnemonic ({@link #KEYS}), those the stanza places; empty without a usable stanza. */
  public Map<String, HeaderField> keys() {
    return keys;
  }

  /** Why a stanza was ignored, or which of its entries were. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Finds the first {@code SEG:Layout} stanza in the extended textual headers (records after the
   * first stanza record without a {@code ((name))} line continue it) and reads its keys.
   */
  public static LayoutStanza of(List<TextHeader> extended) {
    StringBuilder xml = null;
    for (TextHeader t : extended) {
      String name = t.stanzaName();
      if (name != null) {
        if (xml != null) break;
        if (name.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("seg:layout")) {
          String text = t.text();
          xml = new StringBuilder(text.substring(text.indexOf("))") + 2));
        }
      } else if (xml != null) {
        xml.append(t.text());
      }
    }
    if (xml == null) return new LayoutStanza(Map.of(), List.of());
    return parse(xml.toString());
  }

  /** Reads the key entries of one stanza's XML text. */
  static LayoutStanza parse(String text) {
    String xml = text.strip();
    int end = xml.lastIndexOf('>');
    if (end >= 0) xml = xml.substring(0, end + 1); // padding blanks or NULs after the root element
    Element root;
    try {
      root = builder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (Exception e) {
      return ignored("does not parse as XML (" + e.getMessage() + ")");
    }
    if (!root.getTagName().equals("segy-layout")) {
      return ignored("its root element is <" + root.getTagName() + ">, not <segy-layout>");
    }
    Map<String, HeaderField> keys = new LinkedHashMap<>();
    NodeList children = root.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (!(n instanceof Element e) || !e.getTagName().equals("entry")) continue;
      String name = e.getAttribute("name");
      if (!KEYS.contains(name)) continue;
      String problem = null;
      int b = -1;
      FieldType type = integerType(e.getAttribute("type"));
      try {
        b = Integer.parseInt(e.getAttribute("byte").strip());
      } catch (NumberFormatException x) {
        problem = "byte \"" + e.getAttribute("byte") + "\" is not a number";
      }
      if (problem == null && type == null) problem = "type \"" + e.getAttribute("type") + "\" is not an integer word";
      if (problem == null && !name.startsWith("cdp_") && !name.equals("co_scal") && type.size() > 4) {
        problem = "type \"" + e.getAttribute("type") + "\" is wider than 4 bytes (iline, xline and offset are 4-byte integers)";
      }
      if (problem == null && (b < 1 || b > 241 - type.size())) {
        problem = "bytes " + b + ".." + ((long) b + type.size() - 1) + " are not in the 240-byte header";
      }
      if (problem != null) {
        return ignored("entry " + name + ": " + problem);
      }
      HeaderField std = StandardLayouts.TRACE.find(STANDARD_NAMES.get(name));
      keys.put(name, new HeaderField(std.name(), b, type, std.scaling(), std.suKey(), std.legacyName(), false));
    }
    return new LayoutStanza(Map.copyOf(keys), List.of());
  }

  private static LayoutStanza ignored(String why) {
    return new LayoutStanza(Map.of(), List.of("SEG:Layout stanza ignored (standard key bytes used): " + why));
  }

  /**
   * The integer storage of a segyio / rev-2.1 layout type name: int2, int4 and their unsigned and
   * 8-byte forms, and the integer words with a meaning (coor4, elev4, spnum4: int32 scaled;
   * time2: int16; linetrc, reeltrc: uint32; linetrc8, reeltrc8: uint64). Null for floats and
   * anything else.
   */
  static FieldType integerType(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "int2", "time2" -> FieldType.INT2;
      case "uint2" -> FieldType.UINT2;
      case "int4", "coor4", "elev4", "spnum4" -> FieldType.INT4;
      case "uint4", "linetrc", "reeltrc" -> FieldType.UINT4;
      case "int8" -> FieldType.INT8;
      case "uint8", "linetrc8", "reeltrc8" -> FieldType.UINT8;
      default -> null;
    };
  }

  /** A parser that reads no DTD and no external entity (the text comes from the file). */
  private static DocumentBuilder builder() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw; nothing printed
    return b;
  }
}

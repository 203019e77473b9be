package dev.fathom.graph.witsml;

import dev.fathom.dsp.Parallel;
import java.util.List;

/**
 * distpy's WITSML 1.3.1.1 "FBE" file ({@code io_helpers.witsml_fbe} + {@code writeFBE},
 * specs/distpy.md §3.6.1), byte for byte as {@code xml.dom.minidom.toprettyxml(indent="   ")}
 * writes it: one well/wellbore FBR01, a dtsInstalledSystem and dtsMeasurement named by the data
 * style, and a wellLog whose first curve is the depth and whose rows are
 * {@code "<depth>, <v1>, <v2>, ..."} with Python's float formatting ({@link PyFloat}).
 */
public final class FbeWriter {
  /** distpy's fixed well-log uid. */
  static final String LOG_UID = "5B8B6FB8-AACA-11E8-9637-0CC47A31FD84";

  /** One log curve: mnemonic, unit, description. */
  public record Curve(String mnemonic, String unit, String description) {}

  private FbeWriter() {}

  /**
   * The file text.
   *
   * @param style distpy's {@code data_style} (names the installed system, measurement, company)
   * @param creationDate {@code datestring}, e.g. 2020-09-13T12:26:40+00:00
   * @param depths the depth column, already formatted (one per row)
   * @param curves the data curves (not the depth)
   * @param rows {@code [row][curve]} values
   */
  public static String write(String style, String creationDate, List<String> depths, List<Curve> curves, double[][] rows) {
    return write(style, creationDate, depths, curves, rows, 1);
  }

  /**
   * The file text, the data rows formatted on {@code threads} threads (Python's float repr is
   * the costly part of a large log).
   */
  public static String write(
      String style, String creationDate, List<String> depths, List<Curve> curves, double[][] rows, int threads) {
    String[] lines = new String[rows.length];
    Parallel.forRange(rows.length, threads, (from, to) -> {
      for (int r = from; r < to; r++) {
        StringBuilder b = new StringBuilder(32 + 26 * rows[r].length).append(depths.get(r));
        for (double v : rows[r]) PyFloat.appendRepr(b.append(", "), v);
        lines[r] = b.toString();
      }
    });
    long chars = 8192;
    for (String line : lines) chars += line.length() + 40;
    Xml x = new Xml((int) Math.min(Integer.MAX_VALUE - 16, chars));
    x.line("<?xml version=\"1.0\" ?>");
    x.open("WITSMLComposite xmlns=\"http://www.witsml.org/schemas/131\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " version=\"1.3.1.1\" xsi:schemaLocation=\"http://www.witsml.org/schemas/131 WITSML_composite.xsd\"");
    x.open("wellSet");
    x.open("well uid=\"FBR01\"");
    x.text("name", "FBR01");
    x.open("wellboreSet");
    x.open("wellbore uid=\"FBR01\"");
    x.text("name", "FBR01");
    x.open("dtsInstalledSystemSet");
    x.open("dtsInstalledSystem uid=\"" + esc(style) + "\"");
    x.text("name", style);
    x.open("fiberInformation");
    x.open("fiber uid=\"1\"");
    x.text("name", "FBR01");
    x.text("mode", style);
    x.close("fiber").close("fiberInformation").close("dtsInstalledSystem").close("dtsInstalledSystemSet");
    x.open("dtsMeasurementSet");
    x.open("dtsMeasurement uid=\"" + esc(style) + "\"");
    x.text("name", style);
    x.text("installedSystemUsed uidRef=\"" + esc(style) + "\"", "installedSystemUsed", style);
    x.text("dataInWellLog uidRef=\"" + LOG_UID + "\"", "dataInWellLog", LOG_UID);
    x.line("<connectedToFiber uid=\"1\"/>");
    x.close("dtsMeasurement").close("dtsMeasurementSet");
    x.open("wellLogSet");
    x.open("wellLog uidRef=\"" + LOG_UID + "\"");
    x.text("name", LOG_UID);
    x.text("serviceCompany", style);
    x.text("creationDate", creationDate);
    x.text("indexType", "depth");
    x.text("nullValue", "NULL");
    curveInfo(x, 1, new Curve("DEPTH", "m", "depth along the fiber"));
    x.open("blockInfo uid=\"1\"");
    x.text("indexType", "length");
    x.text("direction", "increasing");
    x.text("indexCurve columnIndex=\"1\"", "indexCurve", "1");
    x.close("blockInfo");
    for (int c = 1; c <= curves.size(); c++) {
      curveInfo(x, c + 1, curves.get(c - 1));
      x.open("blockInfo uid=\"" + (c + 1) + "\"");
      x.open("blockCurveInfo");
      x.text("curveId", Integer.toString(c));
      x.text("columnIndex", Integer.toString(c));
      x.close("blockCurveInfo").close("blockInfo");
    }
    x.open("logData");
    for (String line : lines) x.text("data id=\"1\"", "data", line);
    x.close("logData").close("wellLog").close("wellLogSet").close("wellbore").close("wellboreSet").close("well")
        .close("wellSet").close("WITSMLComposite");
    return x.toString();
  }

  private static void curveInfo(Xml x, int uid, Curve c) {
    x.open("logCurveInfo uid=\"" + uid + "\"");
    x.text("mnemonic", c.mnemonic());
    x.text("unit", c.unit());
    x.text("curveDescription", c.description());
    x.close("logCurveInfo");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** minidom's pretty printer: 3-space indentation, text-only elements on one line, '\n' endings. */
  private static final class Xml {
    private final StringBuilder b;
    private int depth;

    Xml(int capacity) {
      b = new StringBuilder(capacity);
    }

    void line(String s) {
      indent();
      b.append(s).append('\n');
    }

    private void indent() {
      for (int k = 0; k < depth; k++) b.append("   ");
    }

    void open(String tagWithAttributes) {
      line("<" + tagWithAttributes + ">");
      depth++;
    }

    Xml close(String tag) {
      depth--;
      line("</" + tag + ">");
      return this;
    }

    void text(String tag, String text) {
      text(tag, tag, text);
    }

    void text(String tagWithAttributes, String tag, String text) {
      indent();
      b.append('<').append(tagWithAttributes).append('>').append(esc(text)).append("</").append(tag).append(">\n");
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}

package dev.fathom.pipeline.collect;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the WITSML FBE files distpy's {@code write_witsml} writes (spec distpy.md §3.6.1; also
 * its CSV and LAS converters): the {@code mnemonic} of every {@code logCurveInfo} (the first is
 * the index curve, {@code DEPTH}), the {@code creationDate}, and the {@code <data>} lines
 * {@code "depth, v1, v2, ..."}. Elements are matched by local name, so the WITSML namespace
 * (1.3.1 or 1.4.1) does not matter. Numbers are Python float reprs ({@code 1e-05}, {@code nan},
 * {@code inf}, {@code -inf}) or the log's {@code nullValue} (read as NaN).
 *
 * <p>Uses the JDK's StAX parser with DTDs and external entities disabled. Every problem is an
 * {@link InvalidDataException} naming the file and, where the parser knows it, the line.
 */
public final class FbeReader {
  private static final XMLInputFactory FACTORY = newFactory();

  private FbeReader() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Reads a whole FBE file. */
  public static FbeLog read(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (NoSuchFileException e) {
      throw new SourceAccessException(name, FathomException.NO_OFFSET, "no such file");
    } catch (IOException e) {
      throw new SourceAccessException(name, FathomException.NO_OFFSET, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads an FBE document from a stream; {@code name} names it in errors. */
  public static FbeLog read(InputStream in, String name) {
    Parse p = new Parse(name);
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      p.run(r);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw p.error(line, "not well-formed XML: " + firstLine(e.getMessage()));
    } finally {
      close(r);
    }
    return p.result();
  }

  private static String firstLine(String msg) {
    if (msg == null) return "";
    String s = msg.strip();
    int i = s.lastIndexOf("Message: ");
    if (i >= 0) s = s.substring(i + 9);
    return s.lines().findFirst().orElse("");
  }

  private static void close(XMLStreamReader r) {
    if (r == null) return;
    try {
      r.close();
    } catch (XMLStreamException ignored) {
      // the document was read or its error already reported
    }
  }

  /** State of one parse. */
  private static final class Parse {
    final String name;
    final List<String> mnemonics = new ArrayList<>();
    final List<double[]> rows = new ArrayList<>();
    Instant creationDate;
    String nullValue = "NULL";
    boolean inCurveInfo;

    Parse(String name) {
      this.name = name;
    }

    void run(XMLStreamReader r) throws XMLStreamException {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          start(r);
        } else if (ev == XMLStreamConstants.END_ELEMENT && "logCurveInfo".equals(r.getLocalName())) {
          inCurveInfo = false;
        }
      }
    }

    private void start(XMLStreamReader r) throws XMLStreamException {
      int line = r.getLocation().getLineNumber();
      switch (r.getLocalName()) {
        case "logCurveInfo":
          inCurveInfo = true;
          break;
        case "mnemonic":
          if (inCurveInfo) mnemonic(r.getElementText().strip(), line);
          break;
        case "creationDate":
          creationDate(r.getElementText(), line);
          break;
        case "nullValue":
          nullValue = r.getElementText().strip();
          break;
        case "data":
          // the end-of-element event is consumed by getElementText
          dataLine(r.getElementText(), line);
          break;
        default:
          break;
      }
    }

    private void mnemonic(String m, int line) {
      if (m.isEmpty()) throw error(line, "empty curve mnemonic");
      if (mnemonics.contains(m)) throw error(line, "curve mnemonic \"" + m + "\" appears twice");
      mnemonics.add(m);
    }

    private void creationDate(String text, int line) {
      try {
        creationDate = CreationDates.parse(text);
      } catch (DateTimeParseException e) {
        throw error(line, "creationDate \"" + text.strip() + "\" is not an ISO-8601 date-time (e.g. 2020-09-13T12:26:40+00:00)");
      }
    }

    private void dataLine(String text, int line) {
      if (mnemonics.isEmpty()) throw error(line, "<data> before any logCurveInfo");
      double[] row = new double[mnemonics.size()];
      int n = 0;
      int start = 0;
      int len = text.length();
      while (start <= len) {
        int comma = text.indexOf(',', start);
        int end = comma < 0 ? len : comma;
        if (n == row.length) {
          throw error(line, "<data> line has more than the " + row.length + " values of the curves " + mnemonics);
        }
        row[n++] = number(text.substring(start, end).strip(), line);
        start = end + 1;
        if (comma < 0) break;
      }
      if (n != row.length) {
        throw error(line, "<data> line has " + n + " values, the curves " + mnemonics + " need " + row.length);
      }
      rows.add(row);
    }

    private double number(String token, int line) {
      switch (token) {
        case "nan":
          return Double.NaN;
        case "inf":
          return Double.POSITIVE_INFINITY;
        case "-inf":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
      if (token.equals(nullValue)) return Double.NaN;
      try {
        return Double.parseDouble(token);
      } catch (NumberFormatException e) {
        throw error(line, "<data> value \"" + token + "\" is not a number");
      }
    }

    FbeLog result() {
      if (mnemonics.isEmpty()) throw error(-1, "no logCurveInfo/mnemonic: not a WITSML log");
      if (rows.isEmpty()) throw error(-1, "no <data> lines");
      int nc = mnemonics.size() - 1;
      double[] depth = new double[rows.size()];
      double[][] values = new double[nc][rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        double[] row = rows.get(i);
        depth[i] = row[0];
        for (int c = 0; c < nc; c++) values[c][i] = row[c + 1];
      }
      return new FbeLog(name, creationDate, mnemonics.get(0), mnemonics.subList(1, mnemonics.size()), depth, values);
    }

    InvalidDataException error(int line, String detail) {
      return new InvalidDataException(name, FathomException.NO_OFFSET, (line > 0 ? "line " + line + ": " : "") + detail);
    }
  }
}

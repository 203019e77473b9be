package dev.fathom.cli.segy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fathom.cli.TextOutput;
import dev.fathom.cli.Verbosity;
import dev.fathom.segy.Decision;
import dev.fathom.segy.Geometry;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyLayout;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.text.TextHeader;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom segy info}: what the probe decided and what the file holds. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Show the probe's decisions, text header, binary header, trace count, samples, interval, geometry and warnings.")
public final class InfoCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SRC", description = "SEG-Y/SU file: a path or an http(s) URL.")
  String src;

  @Option(names = "--json", description = "Print JSON (machine-readable) instead of text.")
  boolean json;

  @Option(names = "--no-geometry", description = "Skip the header scan that infers the geometry.")
  boolean noGeometry;

  @Mixin ProbeOptions probe;
  @Mixin Verbosity verbosity;

  @Override
  public Integer call() throws Exception {
    try (SegyFile f = SegyFile.open(src, probe.toOptions())) {
      Map<String, Object> info = describe(f, !noGeometry);
      if (json) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        TextOutput.write(null, out -> out.println(m.writeValueAsString(info)));
      } else {
        TextOutput.write(null, out -> printText(out, f, info));
      }
    }
    return 0;
  }

  /** The facts about {@code f} as an ordered map (the JSON document). */
  static Map<String, Object> describe(SegyFile f, boolean geometry) {
    SegyLayout l = f.layout();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", f.name());
    m.put("size_bytes", f.source().size());
    m.put("kind", l.kind().name());
    m.put("byte_order", l.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little");
    m.put("format", Map.of("code", l.format().code(), "name", l.format().description()));
    m.put("revision", l.revisionMajor() + "." + l.revisionMinor());
    m.put("text_encoding", l.textEncoding() == null ? null : l.textEncoding().name());
    m.put("samples", l.samples());
    m.put("fixed_length", l.fixedLength());
    if (!l.fixedLength()) m.put("samples_min", l.index().minSamples());
    m.put("interval_us", l.intervalUs());
    m.put("first_sample_ms", f.sampling().first());
    m.put("traces", l.traceCount());
    m.put(l.fixedLength() ? "trace_bytes" : "trace_bytes_max", l.traceBytes());
    m.put("first_trace_offset", l.firstTraceOffset());
    m.put("extended_text_headers", l.extendedTextHeaders());
    m.put("headers_per_trace", l.headersPerTrace());
    m.put("trailer_bytes", l.trailerBytes());
    m.put("truncated_bytes", l.danglingBytes());
    List<Map<String, String>> ds = new ArrayList<>();
    for (Decision d : l.decisions()) ds.add(Map.of("name", d.name(), "value", d.value(), "reason", d.reason()));
    m.put("decisions", ds);
    m.put("warnings", l.warnings());
    List<List<String>> texts = new ArrayList<>();
    for (TextHeader t : f.textHeaders()) texts.add(t.lines());
    m.put("text_headers", texts);
    if (f.binaryHeader() != null) {
      Map<String, Object> bin = new LinkedHashMap<>();
      for (HeaderField fld : f.binaryHeader().layout().fields()) {
        bin.put(fld.name(), fld.type().isInteger() ? (Object) f.binaryHeader().get(fld) : (Object) f.binaryHeader().getDouble(fld));
      }
      m.put("binary_header", bin);
    }
    if (geometry) {
      Geometry g = f.geometry();
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("type", g.type().name());
      gm.put("sorting", g.sorting().name());
      gm.put("inlines", g.inlines());
      gm.put("crosslines", g.crosslines());
      gm.put("offsets", g.offsets());
      gm.put("missing_traces", g.missingTraces());
      gm.put("summary", g.summary());
      m.put("geometry", gm);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private void printText(java.io.PrintWriter out, SegyFile f, Map<String, Object> info) {
    SegyLayout l = f.layout();
    out.printf("%s (%,d bytes)%n", f.name(), f.source().size());
    out.printf("  kind            %s, revision %s, %s-endian%n", l.kind(), info.get("revision"), info.get("byte_order"));
    out.printf("  format          %d (%s)%n", l.format().code(), l.format().description());
    String samples = l.fixedLength() ? String.format(Locale.ROOT, "%,d", l.samples()) : String.format(Locale.ROOT, "%,d to %,d", l.index().minSamples(), l.samples());
    out.printf("  traces          %,d x %s samples at %s us, first sample %s ms%n",
        l.traceCount(), samples, trim(l.intervalUs()), trim(f.sampling().first()));
    out.printf("  layout          first trace at byte %d, %d extended text header(s), %d header(s) per trace, %s%n",
        l.firstTraceOffset(), l.extendedTextHeaders(), l.headersPerTrace(),
        l.fixedLength() ? l.traceBytes() + " bytes per trace" : "variable-length traces (indexed by walking their headers)");
    if (info.containsKey("geometry")) {
      out.printf("  geometry        %s%n", ((Map<String, Object>) info.get("geometry")).get("summary"));
      Geometry g = f.geometry();
      if (g.inlines().length > 0) {
        out.printf("                  inlines %d..%d, crosslines %d..%d%n", min(g.inlines()), max(g.inlines()), min(g.crosslines()), max(g.crosslines()));
      }
    }
    out.println("decisions");
    for (Decision d : l.decisions()) out.println("  " + d);
    if (!l.warnings().isEmpty()) {
      out.println("warnings");
      for (String w : l.warnings()) out.println("  " + w);
    }
    if (f.binaryHeader() != null) {
      out.println("binary header (non-zero fields)");
      for (HeaderField fld : f.binaryHeader().layout().fields()) {
        double v = f.binaryHeader().getDouble(fld);
        if (v != 0) out.printf("  %-4d %-26s %s%n", fld.byteNumber() + 3200, fld.name(), trim(v));
      }
    }
    for (int k = 0; k < f.textHeaders().size(); k++) {
      TextHeader t = f.textHeaders().get(k);
      out.println((k == 0 ? "textual header" : "extended textual header " + k) + " (" + t.encoding() + ")");
      for (String line : t.lines()) out.println("  " + line.replace('\0', ' ').stripTrailing());
    }
  }

  private static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static int min(int[] a) {
    return java.util.Arrays.stream(a).min().orElse(0);
  }

  private static int max(int[] a) {
    return java.util.Arrays.stream(a).max().orElse(0);
  }
}

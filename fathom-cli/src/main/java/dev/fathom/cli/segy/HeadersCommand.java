package dev.fathom.cli.segy;

import dev.fathom.cli.TextOutput;
import dev.fathom.cli.Verbosity;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyOptions;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.Scaling;
import dev.fathom.segy.header.StandardLayouts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom segy headers}: chosen trace header fields of every trace, as CSV. */
@Command(
    name = "headers",
    mixinStandardHelpOptions = true,
    description = "Print trace header fields of every trace as CSV (trace, then one column per field).")
public final class HeadersCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SRC", description = "SEG-Y/SU file: a path or an http(s) URL.")
  String src;

  @Option(names = "--fields", split = ",", defaultValue = "INLINE_3D,CROSSLINE_3D,CDP_X,CDP_Y",
      description = "Fields by segyio name (INLINE_3D, CDP_X, offset, ...), SU key (iline, cdpx) or byte number. Default: ${DEFAULT-VALUE}.")
  List<String> fields;

  @Option(names = "--scaled", description = "Apply the coordinate, elevation, time and shot-point scalars (SEG-Y §4.10).")
  boolean scaled;

  @Option(names = "--csv", paramLabel = "OUT", description = "Write the CSV to OUT (atomically) instead of standard output.")
  Path csv;

  @Mixin ProbeOptions probe;
  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    try (SegyFile f = SegyFile.open(src, probe.toOptions())) {
      List<HeaderField> fs = new ArrayList<>();
      for (String name : fields) fs.add(resolve(f, name));
      long[][] raw = f.headerValues(fs);
      long[][] scalars = scaled ? scalars(f, fs) : null;
      TextOutput.write(csv, out -> {
        out.print("trace");
        for (String name : fields) out.print("," + name.trim());
        out.println();
        StringBuilder row = new StringBuilder();
        for (int t = 0; t < f.traceCount(); t++) {
          row.setLength(0);
          row.append(t);
          for (int k = 0; k < fs.size(); k++) {
            row.append(',');
            if (scalars != null && fs.get(k).scaling() != Scaling.NONE) {
              row.append(format(Scaling.apply(raw[k][t], scalars[k][t])));
            } else {
              row.append(raw[k][t]);
            }
          }
          out.println(row);
        }
      });
    }
    return 0;
  }

  /**
   * A field by name, with the key words placed by the user or the file's SEG:Layout stanza; a
   * field given by its byte number is read at that byte.
   */
  private static HeaderField resolve(SegyFile f, String name) {
    HeaderField std = StandardLayouts.TRACE.require(name, f.name());
    if (name.trim().chars().allMatch(Character::isDigit)) return std;
    for (HeaderField o : keyWords(f)) {
      if (o.name().equals(std.name())) return o;
    }
    return std;
  }

  private static List<HeaderField> keyWords(SegyFile f) {
    SegyOptions o = f.options();
    return List.of(o.inline(), o.crossline(), o.offset(), o.cdpX(), o.cdpY(), o.coordinateScalar());
  }

  private static long[][] scalars(SegyFile f, List<HeaderField> fs) {
    List<HeaderField> sc = new ArrayList<>();
    for (HeaderField h : fs) sc.add(f.scalarOf(h));
    return f.headerValues(sc);
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}

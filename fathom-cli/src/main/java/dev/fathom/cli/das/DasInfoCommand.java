package dev.fathom.cli.das;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fathom.cli.TextOutput;
import dev.fathom.cli.Verbosity;
import dev.fathom.das.DasDescription;
import dev.fathom.das.DasFile;
import dev.fathom.das.DasFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom das info FILE [--json] [--format NAME]}. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = {
      "Show a DAS file's format, version, dims, shape, dtype, time and distance axes, units and attributes",
      "(one block per patch: FBE bands, Febus zones). Reads metadata only."
    })
public final class DasInfoCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A DAS file (HDF5, TDMS or SEG-Y).")
  Path file;

  @Option(names = "--json", description = "Print JSON (keys as in DASCore's reference outputs) instead of text.")
  boolean json;

  @Option(names = "--format", paramLabel = "NAME", description = "Read as this format (see `fathom das formats`) instead of detecting it.")
  String format;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() throws Exception {
    try (DasFile f = DasFiles.open(file, format)) {
      Map<String, Object> d = DasDescription.of(file, f);
      if (json) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        TextOutput.write(null, out -> out.println(m.writeValueAsString(d)));
      } else {
        TextOutput.write(null, out -> print(out, d));
      }
    }
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, Map<String, Object> d) {
    Map<String, Object> fmt = (Map<String, Object>) d.get("format");
    out.printf("file      %s (%,d bytes)%n", d.get("path"), d.get("file_size_bytes"));
    out.printf("format    %s %s, %s patch(es)%n", fmt.get("name"), fmt.get("version"), d.get("n_patches"));
    for (Object o : (List<Object>) d.get("patches")) {
      Map<String, Object> p = (Map<String, Object>) o;
      Map<String, Object> t = (Map<String, Object>) p.get("time");
      Map<String, Object> x = (Map<String, Object>) (p.containsKey("distance") ? p.get("distance") : p.get("channel"));
      long[] shape = (long[]) p.get("shape");
      out.printf("patch %s  %s%n", p.get("index"), p.get("raw_dataset_path"));
      out.printf("  dims      %s, shape %d x %d, %s%n", p.get("dims"), shape[0], shape[1], p.get("dtype"));
      out.printf("  time      %s .. %s, step %s s (%s ns), %s samples%n", t.get("start"), t.get("end"), t.get("step_s"), t.get("step_ns"), t.get("count"));
      out.printf("  %-9s %s .. %s, step %s %s, %s channels%n", x.get("name"), x.get("start"), x.get("end"), x.get("step"),
          x.get("units") == null ? "(no units)" : x.get("units"), x.get("count"));
      out.printf("  units     %s%s%n", p.get("data_units") == null ? "(none)" : p.get("data_units"),
          p.get("data_type") == null ? "" : " (" + p.get("data_type") + ")");
      Map<String, String> attrs = (Map<String, String>) p.get("attrs");
      out.printf("  attrs     %d%n", attrs.size());
      attrs.forEach((k, v) -> out.printf("    %s = %s%n", k, v.length() > 120 ? v.substring(0, 117) + "..." : v));
    }
  }
}

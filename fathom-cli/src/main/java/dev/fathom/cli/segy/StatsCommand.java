package dev.fathom.cli.segy;

import dev.fathom.cli.Progress;
import dev.fathom.cli.TextOutput;
import dev.fathom.cli.Verbosity;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.TraceScan;
import dev.fathom.segy.codec.TraceStats;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fathom segy stats}: per-trace min, max, mean, mean |x|, rms, sum and sum |x| (sums in
 * double), in trace order, as CSV: a QC view and the seed notebook's mean amplitude map input.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Per-trace statistics as CSV: trace,min,max,mean,mean_abs,rms,sum,sum_abs (sums in double).")
public final class StatsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SRC", description = "SEG-Y/SU file: a path or an http(s) URL.")
  String src;

  @Option(names = "--csv", paramLabel = "OUT", description = "Write the CSV to OUT (atomically) instead of standard output.")
  Path csv;

  @Option(names = "--threads", description = "Reader threads (default: the number of cores, ${DEFAULT-VALUE}).",
      defaultValue = "${sys:fathom.threads:-0}")
  int threads;

  @Mixin ProbeOptions probe;
  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    try (SegyFile f = SegyFile.open(src, probe.toOptions())) {
      int traces = Math.toIntExact(f.traceCount());
      double[][] cols = new double[7][traces];
      try (Progress p = new Progress("stats", traces, f.layout().traceBytes())) {
        TraceScan.run(f, n, () -> {
          TraceStats s = new TraceStats();
          return (t, x, len) -> {
            s.reset().add(x, 0, len);
            int i = (int) t;
            cols[0][i] = s.min();
            cols[1][i] = s.max();
            cols[2][i] = s.mean();
            cols[3][i] = s.meanAbs();
            cols[4][i] = s.rms();
            cols[5][i] = s.sum();
            cols[6][i] = s.sumAbs();
          };
        }, p::update);
      }
      TextOutput.write(csv, out -> {
        out.println("trace,min,max,mean,mean_abs,rms,sum,sum_abs");
        StringBuilder row = new StringBuilder();
        for (int t = 0; t < traces; t++) {
          row.setLength(0);
          row.append(t);
          for (double[] c : cols) row.append(',').append(c[t]);
          out.println(row);
        }
      });
    }
    return 0;
  }
}

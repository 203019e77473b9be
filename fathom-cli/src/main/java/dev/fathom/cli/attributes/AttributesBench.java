package dev.fathom.cli.attributes;

import dev.fathom.cli.BenchTools;
import dev.fathom.cli.Verbosity;
import dev.fathom.cli.EngineOptions;
import dev.fathom.cli.EngineOptions.Engine;
import dev.fathom.cli.attributes.AttributesRun.Outcome;
import dev.fathom.core.FathomException;
import dev.fathom.pipeline.attributes.AttributeTable;
import dev.fathom.pipeline.attributes.AttributesJob;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.Runner;
import dev.fathom.segy.SegyOptions;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.synth.SurveySynthesizer;
import java.io.PrintWriter;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fathom bench attributes}: MB/s of the attributes job (mean_abs unless --attributes) on
 * a synthetic post-stack file, per engine, beside {@code cat FILE > /dev/null} timed in the same
 * run; every engine's table must equal the first one's.
 */
@Command(
    name = "attributes",
    mixinStandardHelpOptions = true,
    description = {
      "Attributes throughput on every engine, beside cat.",
      "",
      "The attributes job over a synthetic IEEE SEG-Y of --size-gb (made once in",
      "--dir, 1500 samples per trace), with the local runner (1 and 2 threads),",
      "Spark local[2] (--spark; ./fathom then adds fathom-spark) and any --master",
      "(spark://HOST:PORT, or standalone[N]: a Master and N one-core Workers",
      "started here), and from an object store: --s3proxy starts an s3proxy server",
      "here, --s3-uri names an object elsewhere (FATHOM_S3_ENDPOINT for",
      "S3-compatible servers). Each engine is warmed up (--warmup), then timed",
      "--repeat times, each run right after its reference: `cat FILE > /dev/null`",
      "for the local runner, the local runner on 2 threads for the others. Prints",
      "medians, MB/s and the median ratio. Not a test: run it on a quiet machine."
    })
public final class AttributesBench implements Callable<Integer> {
  @Option(names = "--size-gb", defaultValue = "8", description = "File size in GB (default ${DEFAULT-VALUE}).")
  double sizeGb;

  @Option(names = "--dir", defaultValue = "bench-data", description = "Where the file is made (default ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--spark", description = "Also Spark local[2] (needs fathom-spark).")
  boolean spark;

  @Option(names = "--master", split = ",", description = "Spark masters to measure too, e.g. spark://127.0.0.1:7077.")
  List<String> masters = new ArrayList<>();

  @Option(names = "--s3-uri", description = "The same file in an object store, e.g. s3://bench/survey.sgy.")
  String s3Uri;

  @Option(names = "--s3proxy",
      description = "Start an s3proxy server here (a separate JVM serving the file through a hard link) and measure from it too.")
  boolean s3proxy;

  @Option(names = "--attributes", defaultValue = "mean_abs", description = "Attributes computed (default ${DEFAULT-VALUE}: the Poseidon job).")
  String attributes;

  @Option(names = "--bundles", description = "Units (trace bundles) per run, every engine (default: as fathom attributes: ~64 MB each locally, ~256 MB on Spark).")
  Integer bundles;

  @Option(names = "--repeat", defaultValue = "5", description = "Repeats per measurement (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", defaultValue = "8",
      description = "Untimed runs per engine before the timed ones (default ${DEFAULT-VALUE}; 1 from an object store): JIT warm-up of fresh executor JVMs, page cache.")
  int warmup;

  @Mixin Verbosity verbosity;

  @Spec CommandSpec spec;

  /** One thing measured: a source on an engine. */
  private record Case(String label, String source, Engine engine, int threads, String master) {
    /** Read from an object store rather than the local file. */
    boolean remote() {
      return source.contains("://");
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (s3proxy && s3Uri != null) throw new FathomException("--s3proxy", FathomException.NO_OFFSET, "give --s3proxy or --s3-uri, not both");
    if (repeat < 1) throw new FathomException("--repeat", FathomException.NO_OFFSET, "must be at least 1, got " + repeat);
    if (warmup < 0) throw new FathomException("--warmup", FathomException.NO_OFFSET, "must be 0 or more, got " + warmup);
    Path file = ensureFile(out);
    long size = Files.size(file);
    try (S3ProxyServer server = s3proxy ? new S3ProxyServer(file, dir) : null) {
      if (server != null) {
        System.setProperty("FATHOM_S3_ENDPOINT", server.endpoint());
        System.setProperty("FATHOM_S3_ANONYMOUS", "true");
        out.printf("s3proxy at %s serving %s%n", server.endpoint(), server.uri());
      }
      return measure(out, file, size, server != null ? server.uri() : s3Uri);
    }
  }

  private int measure(PrintWriter out, Path file, long size, String s3Uri) throws Exception {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("local runner, 1 thread", file.toString(), Engine.local, 1, null));
    cases.add(new Case("local runner, 2 threads", file.toString(), Engine.local, 2, null));
    if (spark) cases.add(new Case("spark local[2]", file.toString(), Engine.spark, 2, "local[2]"));
    for (String m : masters) cases.add(new Case("spark " + m, file.toString(), Engine.spark, 2, m));
    if (s3Uri != null) {
      cases.add(new Case("s3, local runner, 2 threads", s3Uri, Engine.local, 2, null));
      if (spark) cases.add(new Case("s3, spark local[2]", s3Uri, Engine.spark, 2, "local[2]"));
      for (String m : masters) cases.add(new Case("s3, spark " + m, s3Uri, Engine.spark, 2, m));
    }
    out.printf("file %s: %,d bytes; %d processors; per engine %d untimed warm-up runs, then %d rounds, each timing the"
        + " engine and its reference back to back; medians%n", file, size, Runtime.getRuntime().availableProcessors(),
        warmup, repeat);
    BenchTools.cat(file); // page cache warm
    double[] catS = new double[repeat];
    for (int r = 0; r < repeat; r++) catS[r] = BenchTools.cat(file);
    out.printf("%-32s %8s %7s %8s %-18s %s%n", "measurement", "median s", "MB/s", "ratio", "", "runs (s)");
    double cat = BenchTools.median(catS);
    out.printf("%-32s %8.2f %7.0f %8s %-18s %s%n", "cat FILE > /dev/null", cat, size / cat / 1e6, "1.00", "", runs(catS));
    out.flush();
    AttributesJob reference = AttributesRun.job(file.toString(), SegyOptions.DEFAULT, attributes, null, bundles, Engine.local, 2);
    Runner local2 = EngineOptions.runner(Engine.local, 2, null);
    AttributeTable first = null;
    for (Case c : cases) {
      boolean vsCat = c.engine() == Engine.local && !c.remote();
      AttributesJob job = AttributesRun.job(c.source(), SegyOptions.DEFAULT, attributes, null, bundles, c.engine(),
          c.engine() == Engine.local ? c.threads() : 8);
      Runner runner = EngineOptions.runner(c.engine(), c.threads(), c.master());
      double[] s = new double[repeat];
      double[] ratio = new double[repeat];
      // object-store runs are bound by the server, not by JIT warm-up: one warm-up run
      double[] warm = new double[c.remote() ? Math.min(1, warmup) : warmup];
      try {
        for (int w = 0; w < warm.length; w++) warm[w] = AttributesRun.run(job, runner, RunListener.NONE).seconds(); // JIT, page cache
        for (int r = 0; r < repeat; r++) {
          double ref = vsCat ? BenchTools.cat(file) : AttributesRun.run(reference, local2, RunListener.NONE).seconds();
          Outcome o = AttributesRun.run(job, runner, RunListener.NONE);
          if (o.table() == null) throw new IllegalStateException(c.label() + ": " + o.failures().get(0).error());
          if (first == null) first = o.table();
          else if (!first.equals(o.table())) throw new IllegalStateException(c.label() + ": table differs: " + first.firstDifference(o.table()));
          s[r] = o.seconds();
          ratio[r] = ref / s[r];
        }
      } finally {
        EngineOptions.close(runner);
      }
      double m = BenchTools.median(s);
      out.printf("%-32s %8.2f %7.0f %8.2f %-18s %s%n", c.label(), m, size / m / 1e6, BenchTools.median(ratio),
          vsCat ? "of cat" : "of local, 2 thr.", runs(s) + (warm.length > 0 ? " (warm-up " + runs(warm) + ")" : ""));
      out.flush();
    }
    out.println("(every engine's table equal to the first; ratio: the median over rounds of reference time / engine time,"
        + " the reference being cat for the local runner on the file, the local runner on 2 threads on the file for the others)");
    return 0;
  }

  private static String runs(double[] s) {
    StringBuilder b = new StringBuilder();
    for (double x : s) b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", x));
    return b.toString();
  }

  /** The synthetic file of about --size-gb, made once (IEEE float, 1500 samples at 2 ms, 250 crosslines). */
  private Path ensureFile(PrintWriter out) throws Exception {
    if (!(sizeGb > 0)) throw new FathomException("--size-gb", FathomException.NO_OFFSET, "must be positive");
    int samples = 1500;
    int crosslines = 250;
    long traceBytes = 240 + 4L * samples;
    int inlines = (int) Math.max(1, Math.ceil(sizeGb * 1e9 / traceBytes / crosslines));
    Files.createDirectories(dir);
    Path file = dir.resolve(String.format(Locale.ROOT, "synth-%dx%dx%d.sgy", inlines, crosslines, samples));
    SurveySynthesizer s = new SurveySynthesizer(inlines, crosslines, samples, 2000, 1);
    if (!Files.isRegularFile(file) || Files.size(file) != s.fileSize(SampleFormat.IEEE_FLOAT32)) {
      out.printf("making %s (%.1f GB)...%n", file, s.fileSize(SampleFormat.IEEE_FLOAT32) / 1e9);
      out.flush();
      s.write(file, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 1, null);
    }
    return file;
  }


}

package dev.fathom.cli.das;

import dev.fathom.cli.Main;
import dev.fathom.cli.Verbosity;
import dev.fathom.cli.pipeline.ProgressListener;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.pipeline.ingest.IngestJob;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.UnitResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom das convert FILE --out DIR}: a DAS file (or folder) into 1-second chunks. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert DAS files (any format `das formats` lists, or SEG-Y) into Fathom's chunks, exactly",
      "as `fathom ingest` writes them: DIR/<unixtime>.npy (channels, samples) per --chunk-seconds,",
      "named by the UTC time of their first sample, and DIR/measured_depth.npy (the distance axis).",
      "FILE may be a folder: every recording in it, time-sorted, gaps and overlaps reported."
    })
public final class DasConvertCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "DAS file or folder.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created).")
  Path out;

  @Option(names = "--chunk-seconds", defaultValue = "1", description = "Chunk length in whole seconds (default ${DEFAULT-VALUE}).")
  int chunkSeconds;

  @Option(names = "--float64", description = "Write float64 chunks (distpy's SEG-Y chunk type); default float32.")
  boolean float64;

  @Option(names = "--threads", defaultValue = "1", description = "Files in parallel (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--force", description = "Rewrite chunks that exist.")
  boolean force;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    if (chunkSeconds < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--chunk-seconds must be at least 1");
    }
    IngestJob job = new IngestJob(file, out, chunkSeconds, float64 ? NpyDtype.FLOAT64 : NpyDtype.FLOAT32, force);
    List<UnitResult<IngestJob.Result>> results = ProgressListener.run(new LocalRunner(Math.max(1, threads)), job);
    job.notes().forEach(n -> System.err.println("fathom: note: " + n));
    int written = 0;
    int failed = 0;
    for (UnitResult<IngestJob.Result> r : results) {
      if (!r.ok()) {
        failed++;
        continue;
      }
      written += r.value().written();
      r.value().notes().forEach(n -> System.err.println("fathom: note: " + n));
    }
    System.out.printf("das convert: %d file(s), %d chunks written -> %s%n", results.size(), written, out);
    return failed == 0 ? 0 : Main.EXIT_PARTIAL_FAILURE;
  }
}

package dev.fathom.cli;

import dev.fathom.pipeline.synth.DasArchiveSpec;
import dev.fathom.pipeline.synth.DasArchiveSynthesizer;
import dev.fathom.pipeline.synth.DasArchiveTruth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fathom demo}: the whole chain on a generated DAS archive. Writes a synthetic archive
 * (SEG-Y, one trace per channel, flowing zones with band-limited noise at known depths, moving
 * events, dead and noisy channels), distpy-style configs for every step and a pipeline file, then
 * runs {@code fathom run} on it: ingest into 1-s chunks → noise-log graph (WITSML per chunk, a
 * thumbnail per chunk) → collect into long series → well-log, stack and rgb plots.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "The whole chain on a generated DAS archive: ingest, noise log, collect, plots.",
      "",
      "Generate a synthetic DAS archive (flowing zones at known depths, moving events, noise) in",
      "./fathom-demo and run the whole chain on it: ingest -> noise-log graph -> collect -> plots.",
      "Prints where the pictures are. Rerunning reuses what is already there."
    })
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--dir", defaultValue = "fathom-demo", description = "Output folder (default ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--channels", defaultValue = "256", description = "Channels along the fibre (default ${DEFAULT-VALUE}).")
  int channels;

  @Option(names = "--seconds", defaultValue = "60", description = "Seconds of recording, in 10-s files (default ${DEFAULT-VALUE}).")
  int seconds;

  @Mixin Verbosity verbosity;

  static final int RATE = 4000;
  static final long START = 1_600_000_000L;

  @Override
  public Integer call() throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    int files = Math.max(1, (seconds + 9) / 10);
    DasArchiveSpec spec = new DasArchiveSpec(channels, 2.0, 500.0, RATE, 10, files, START, 1);
    DasArchiveSynthesizer synth = new DasArchiveSynthesizer(spec);
    Path archive = Files.createDirectories(root.resolve("archive/demo/sgy"));
    DasArchiveTruth truth;
    if (countSegy(archive) == files) {
      System.out.println("Archive already in " + archive + " (delete it to regenerate)");
      truth = synth.truth();
    } else {
      System.out.printf("Generating a synthetic DAS archive: %d channels x %d s at %d Hz (%d MB) in %s%n",
          channels, spec.totalSeconds(), RATE, spec.totalBytes() >> 20, archive);
      try (Progress p = new Progress("synth", (long) channels * files, 0)) {
        truth = synth.write(archive, Runtime.getRuntime().availableProcessors(), p::update);
      }
    }
    System.out.println("What is in it:");
    truth.describe().forEach(l -> System.out.println("  " + l));
    Path pipeline = DemoConfigs.write(root, files * 10L);
    System.out.println();
    System.out.println("$ fathom run " + pipeline);
    System.out.flush();
    int rc = Main.commandLine().execute("run", pipeline.toString());
    if (rc != 0) return rc;
    Path plots = root.resolve("home/demo/plots");
    Path thumbs = root.resolve("home/demo/witsml/png");
    System.out.println();
    System.out.println("Pictures:");
    for (String p : List.of("noise_log_bands.png", "noise_log_rgb.png", "noise_log_stack.png")) {
      System.out.println("  " + plots.resolve(p));
    }
    System.out.println("  " + thumbs + "/<unixtime>.png (a waterfall per 1-s chunk)");
    System.out.println("Data: chunks in " + root.resolve("scratch/demo/sgy_data") + ", WITSML in "
        + root.resolve("home/demo/witsml/NoiseLog") + ", long series in " + root.resolve("scratch/demo/interpretation/NoiseLog"));
    return 0;
  }

  private static long countSegy(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".sgy")).count();
    }
  }
}

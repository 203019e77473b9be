package dev.fathom.cli.segy;

import dev.fathom.cli.Progress;
import dev.fathom.cli.Verbosity;
import dev.fathom.core.FathomException;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.synth.SurveySynthesizer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom segy synth}: a synthetic post-stack survey for demos and benchmarks. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic post-stack 3D survey: layered, folded reflectors (30 Hz Ricker) plus noise;",
      "inline 189, crossline 193, CDP X/Y 181/185 in cm with scalar -100 on a rotated 25 m grid."
    })
public final class SynthCommand implements Callable<Integer> {
  @Parameters(paramLabel = "OUT", description = "File to write (replaced atomically).")
  Path out;

  @Option(names = "--inlines", defaultValue = "50", description = "Number of inlines (default ${DEFAULT-VALUE}).")
  int inlines;

  @Option(names = "--crosslines", defaultValue = "60", description = "Crosslines per inline (default ${DEFAULT-VALUE}).")
  int crosslines;

  @Option(names = "--samples", defaultValue = "500", description = "Samples per trace (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--interval", defaultValue = "4000", description = "Sample interval in microseconds (default ${DEFAULT-VALUE}).")
  double interval;

  @Option(names = "--format", defaultValue = "ieee",
      description = "Sample format: ibm, ieee, or a format code (1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16). Default ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--endian", defaultValue = "big", description = "big or little (default ${DEFAULT-VALUE}).")
  ProbeOptions.Endian endian;

  @Option(names = "--revision", defaultValue = "1", description = "SEG-Y revision to write: 1 or 2 (default ${DEFAULT-VALUE}).")
  int revision;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() {
    SampleFormat fmt = parseFormat(format);
    SurveySynthesizer s = new SurveySynthesizer(inlines, crosslines, samples, interval, seed);
    ByteOrder order = endian == ProbeOptions.Endian.big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    try (Progress p = new Progress("synth", s.traceCount(), 240.0 + samples * fmt.bytesPerSample())) {
      s.write(out, fmt, order, revision, p::update);
    }
    System.out.printf("%s: %,d traces (%d inlines x %d crosslines) x %d samples, format %d (%s), %s-endian, %,d bytes%n",
        out, s.traceCount(), inlines, crosslines, samples, fmt.code(), fmt.description(), endian, s.fileSize(fmt));
    return 0;
  }

  static SampleFormat parseFormat(String f) {
    switch (f.toLowerCase()) {
      case "ibm":
        return SampleFormat.fromCode(1, "--format", FathomException.NO_OFFSET);
      case "ieee":
        return SampleFormat.fromCode(5, "--format", FathomException.NO_OFFSET);
      default:
        try {
          return SampleFormat.fromCode(Integer.parseInt(f), "--format", FathomException.NO_OFFSET);
        } catch (NumberFormatException e) {
          throw new FathomException("--format", FathomException.NO_OFFSET, "expected ibm, ieee or a format code, got '" + f + "'");
        }
    }
  }
}

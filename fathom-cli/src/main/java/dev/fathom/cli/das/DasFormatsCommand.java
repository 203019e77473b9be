package dev.fathom.cli.das;

import dev.fathom.cli.TextOutput;
import dev.fathom.das.DasFiles;
import dev.fathom.das.DasFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code fathom das formats}: the DAS formats this build reads, in detection order. */
@Command(name = "formats", mixinStandardHelpOptions = true,
    description = "List the DAS formats (names usable with --format), in detection order.")
public final class DasFormatsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    TextOutput.write(null, out -> {
      for (DasFormat f : DasFiles.formats()) out.printf("%-11s %-5s %s%n", f.name(), f.kind().name().toLowerCase(java.util.Locale.ROOT), f.description());
    });
    return 0;
  }
}

package dev.fathom.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Mixin giving every verb a {@code --verbose} flag (stack traces and detail on errors). */
public final class Verbosity {
  @Option(names = {"-v", "--verbose"}, description = "Print details, and stack traces on errors.")
  boolean verbose;

  public boolean verbose() {
    return verbose;
  }

  /** True when {@code --verbose} was given anywhere on the parsed command line. */
  static boolean isVerbose(ParseResult pr) {
    for (ParseResult p = pr; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) return true;
    }
    return false;
  }
}

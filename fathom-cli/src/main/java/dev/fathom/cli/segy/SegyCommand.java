package dev.fathom.cli.segy;

import picocli.CommandLine.Command;

/** {@code fathom segy}: SEG-Y / SU / PASSCAL files. */
@Command(
    name = "segy",
    mixinStandardHelpOptions = true,
    description = "Inspect, extract, summarise and synthesise SEG-Y, SU and PASSCAL files (path or http(s) URL).",
    subcommands = {InfoCommand.class, HeadersCommand.class, StatsCommand.class, SynthCommand.class})
public final class SegyCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}

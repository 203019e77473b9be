package dev.fathom.cli.das;

import picocli.CommandLine.Command;

/** {@code fathom das}: DAS vendor files (PRODML, Silixa, Febus, Terra15, OptoDAS, TDMS, ...). */
@Command(
    name = "das",
    mixinStandardHelpOptions = true,
    description = "Inspect DAS vendor files (HDF5 PRODML/Silixa/Febus/Terra15/OptoDAS/AP Sensing/Neubrex/GDR/H5Simple, TDMS, SEG-Y).",
    subcommands = {DasInfoCommand.class, DasConvertCommand.class, DasFormatsCommand.class})
public final class DasCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}

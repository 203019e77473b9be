package dev.fathom.cli;

import dev.fathom.core.FathomException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The {@code fathom} command: verbs under one command, {@code --help} everywhere, exit code 0
 * only on full success, one line per user error ({@link FathomException}) and a stack trace only
 * with {@code --verbose}.
 */
@Command(
    name = "fathom",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Process DAS and seismic trace data: SEG-Y/SU, DAS files, distpy graphs.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      dev.fathom.cli.segy.SegyCommand.class,
      AttributesCommand.class,
      dev.fathom.cli.graph.GraphCommand.class,
      dev.fathom.cli.pipeline.IngestCommand.class,
      dev.fathom.cli.pipeline.ProcessCommand.class,
      dev.fathom.cli.pipeline.CollectCommand.class,
      dev.fathom.cli.pipeline.PlotCommand.class,
      dev.fathom.cli.pipeline.RunCommand.class,
      dev.fathom.cli.das.DasCommand.class,
      BenchCommand.class,
    })
public final class Main {
  /** Exit code of a user error (bad input, bad arguments, unreadable source). */
  public static final int EXIT_USER_ERROR = 2;

  /** Exit code when a job ran but some of its units (chunks, files) failed. */
  public static final int EXIT_PARTIAL_FAILURE = 1;
  /** Exit code of an internal error (a bug). */
  public static final int EXIT_INTERNAL_ERROR = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  /** The configured picocli command line. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** Prints user errors as one line; internal errors with a hint to use --verbose. */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
      PrintWriter err = cl.getErr();
      boolean verbose = Verbosity.isVerbose(parseResult);
      if (ex instanceof FathomException) {
        err.println("fathom: error: " + ex.getMessage());
        if (verbose) ex.printStackTrace(err);
        err.flush();
        return EXIT_USER_ERROR;
      }
      err.println("fathom: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) ex.printStackTrace(err);
      err.flush();
      return EXIT_INTERNAL_ERROR;
    }
  }
}

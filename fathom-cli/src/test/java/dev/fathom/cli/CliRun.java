package dev.fathom.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/** Runs the fathom command line in this JVM and captures its exit code, standard output and standard error. */
final class CliRun {
  private CliRun() {}

  /** Exit code, standard output and standard error of one command line. */
  record Result(int code, String out, String err) {}

  /** {@code fathom ARGS...}, as {@link Main} runs it. */
  static Result fathom(String... args) {
    return capture(() -> Main.run(args));
  }

  /** One subcommand alone ({@code new CollectCommand()}), with {@link Main}'s error handling. */
  static Result command(Object subcommand, String... args) {
    return capture(() -> {
      CommandLine cl = new CommandLine(subcommand);
      cl.setExecutionExceptionHandler(new Main.ErrorHandler());
      return cl.execute(args);
    });
  }

  private static Result capture(IntSupplier run) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = run.getAsInt();
      System.out.flush();
      System.err.flush();
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}

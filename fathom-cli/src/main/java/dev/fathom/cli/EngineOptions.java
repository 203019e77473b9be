package dev.fathom.cli;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.RunnerProvider;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark} and {@code --master URL}: where a job's units run, for every verb
 * that runs a job (attributes, ingest, process). The local engine is a pool of threads here; Spark
 * is found through {@link RunnerProvider} (fathom-spark, which {@code ./fathom} puts on the classpath
 * when the command line names spark or --master). The same unit function runs on both.
 */
public final class EngineOptions {
  /** Engines the command line knows. */
  public enum Engine { local, spark }

  @Option(names = "--engine", description = "local (threads here) or spark (default local; --master implies spark).")
  Engine engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[N], spark://host:port, standalone[N] (a Master and N one-core Workers started here), yarn (default local[*]).")
  String master;

  /**
   * The engine chosen: spark when --master is given, local when neither is.
   *
   * @throws InvalidDataException for --engine local with a --master
   */
  public Engine engine() {
    if (master != null && engine == Engine.local) {
      throw new InvalidDataException("--master " + master, FathomException.NO_OFFSET, "a Spark master needs --engine spark, not local");
    }
    return master != null ? Engine.spark : engine == null ? Engine.local : engine;
  }

  public String master() {
    return master;
  }

  /** A runner of the chosen engine; {@code threads} is the local engine's pool size. */
  public Runner runner(int threads) {
    return runner(engine(), threads, master);
  }

  /** A runner of {@code engine}: {@code threads} threads here, or Spark on {@code master}. */
  public static Runner runner(Engine engine, int threads, String master) {
    if (threads < 1) throw new InvalidDataException("--threads", FathomException.NO_OFFSET, "must be at least 1, got " + threads);
    return engine == Engine.local ? new LocalRunner(threads) : RunnerProvider.find("spark").create(master);
  }

  /** Closes a runner that holds resources (a Spark context). */
  public static void close(Runner runner) {
    if (runner instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot stop " + runner.engine() + ": " + e, e);
      }
    }
  }
}

package dev.fathom.pipeline.run;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import java.util.ServiceLoader;

/**
 * Makes {@link Runner}s of one engine that is not on every classpath (Spark: fathom-spark), found
 * through {@link ServiceLoader} so that the command line need not depend on it.
 */
public interface RunnerProvider {

  /** The engine name a user gives, e.g. {@code spark}. */
  String engine();

  /**
   * A runner connected to {@code master} (engine-specific, e.g. {@code local[2]} or
   * {@code spark://host:7077}); null for the engine's default. Close it (if {@link AutoCloseable})
   * when done.
   */
  Runner create(String master);

  /**
   * The provider of {@code engine}.
   *
   * @throws InvalidDataException when none is on the classpath, saying what to add
   */
  static RunnerProvider find(String engine) {
    for (RunnerProvider p : ServiceLoader.load(RunnerProvider.class)) {
      if (p.engine().equalsIgnoreCase(engine)) return p;
    }
    throw new InvalidDataException("--engine " + engine, FathomException.NO_OFFSET,
        "no runner for engine '" + engine + "' on the classpath (for spark: run through ./fathom with --engine spark or"
            + " --master on its command line, which adds fathom-spark/target/fathom-spark.jar and fathom-spark/target/lib/*)");
  }
}

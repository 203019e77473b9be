package dev.fathom.pipeline.run;

import java.io.Serializable;
import java.util.List;

/**
 * A Fathom job split into independent units of work (a trace bundle, a chunk, an input file).
 *
 * <p>The same {@link #runUnit} runs on every engine: {@link LocalRunner} calls it on a thread pool,
 * the Spark runner (fathom-spark) calls it inside executor tasks. A job is therefore {@link
 * Serializable} and must hold only what every worker needs (paths or URIs, options, a parsed graph),
 * never open files. Outputs a unit writes go to shared storage (a path every worker sees, or an
 * object store) and are written atomically; what a unit returns travels back to the driver and
 * should be small (a status, a few per-trace values).
 *
 * @param <U> the unit description (small, serialisable)
 * @param <R> the unit's result (small, serialisable)
 */
public interface Job<U extends Serializable, R extends Serializable> extends Serializable {

  /** A short name for progress lines and reports, e.g. {@code "process"}. */
  String name();

  /** Plans the units, on the driver, from headers and listings only (no bulk data read). */
  List<U> plan();

  /**
   * Does one unit of work. Thrown exceptions fail only this unit; the runner records them and goes
   * on with the others.
   */
  R runUnit(U unit) throws Exception;

  /** A label for one unit in reports and error lines (e.g. the chunk file name, a byte range). */
  default String describe(U unit) {
    return unit.toString();
  }

  /** Bytes of input a unit reads, for MB/s on the progress line (0 when unknown). */
  default long inputBytes(U unit) {
    return 0;
  }
}

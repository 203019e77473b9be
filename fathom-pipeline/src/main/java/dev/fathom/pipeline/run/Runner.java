package dev.fathom.pipeline.run;

import java.io.Serializable;
import java.util.List;

/** Runs the units of a {@link Job} on some engine (threads on this machine, or Spark). */
public interface Runner {

  /**
   * Plans the job, runs every unit, and returns one result per planned unit, in plan order. A unit
   * that fails does not stop the others.
   */
  <U extends Serializable, R extends Serializable> List<UnitResult<R>> run(
      Job<U, R> job, RunListener listener);

  /** The engine's name for reports, e.g. {@code "local[2]"}. */
  String engine();
}

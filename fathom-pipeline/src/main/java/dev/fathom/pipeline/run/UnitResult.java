package dev.fathom.pipeline.run;

import java.io.Serializable;

/**
 * What became of one unit: its result, or the one-line reason it failed, and how long it took.
 *
 * @param index the unit's position in {@link Job#plan()}
 * @param label {@link Job#describe} of the unit
 * @param value the unit's result; null when it failed
 * @param error the failure, one line (the {@code FathomException} message where there is one); null on
 *     success
 * @param seconds wall time the unit took, in seconds
 */
public record UnitResult<R extends Serializable>(
    int index, String label, R value, String error, double seconds) implements Serializable {

  public boolean ok() {
    return error == null;
  }
}

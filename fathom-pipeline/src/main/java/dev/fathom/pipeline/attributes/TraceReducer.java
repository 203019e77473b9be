package dev.fathom.pipeline.attributes;

import java.io.Serializable;
import java.util.List;

/**
 * Turns the decoded samples of a batch of traces into a few values per trace: the attribute
 * columns of the table. Serialisable (it travels to Spark executors with the job); implementations
 * hold only options and build any heavy state lazily on the worker.
 */
public interface TraceReducer extends Serializable {

  /** The names of the value columns, in order. */
  List<String> columns();

  /**
   * How many traces of {@code samples} samples one call should get: a few MB worth for per-trace
   * reductions; {@link Integer#MAX_VALUE} for reducers that need the whole bundle as one block.
   */
  int batchTraces(int samples);

  /**
   * Reduces traces {@code traces[0..n-1]} (each {@code samples} long, float32 as decoded) into
   * {@code out[column][offset + i]}.
   *
   * @param sampleRateHz samples per second of the traces (1e6 / interval in us)
   * @param first index in the file of {@code traces[0]}, for messages
   */
  void reduce(float[][] traces, int n, int samples, double sampleRateHz, long first, double[][] out, int offset);
}

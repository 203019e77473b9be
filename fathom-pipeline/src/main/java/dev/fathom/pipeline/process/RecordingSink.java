package dev.fathom.pipeline.process;

import dev.fathom.graph.NdArray;
import dev.fathom.graph.ResultSink;
import java.util.ArrayList;
import java.util.List;

/** A {@link ResultSink} that passes writes on and remembers the relative paths written. */
final class RecordingSink implements ResultSink {
  private final ResultSink target;
  private final List<String> written = new ArrayList<>();

  RecordingSink(ResultSink target) {
    this.target = target;
  }

  @Override
  public synchronized void writeNpy(String relativePath, NdArray array) {
    target.writeNpy(relativePath, array);
    written.add(relativePath);
  }

  @Override
  public synchronized void writeBytes(String relativePath, byte[] content) {
    target.writeBytes(relativePath, content);
    written.add(relativePath);
  }

  @Override
  public NdArray readNpy(String relativePath) {
    return target.readNpy(relativePath);
  }

  /** The relative paths written so far, in order, without repeats. */
  synchronized List<String> written() {
    return written.stream().distinct().toList();
  }
}

package dev.fathom.graph;

import dev.fathom.core.AtomicFiles;
import dev.fathom.core.SinkAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link ResultSink} on a local folder: files are written atomically ({@link AtomicFiles}),
 * folders created as needed; paths may not leave the folder.
 */
public final class DirectorySink implements ResultSink {
  private final Path root;

  public DirectorySink(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The folder. */
  public Path root() {
    return root;
  }

  @Override
  public void writeNpy(String relativePath, NdArray array) {
    NpyConversion.write(prepare(relativePath), array);
  }

  @Override
  public void writeBytes(String relativePath, byte[] content) {
    AtomicFiles.write(prepare(relativePath), content);
  }

  @Override
  public NdArray readNpy(String relativePath) {
    Path p = resolve(relativePath);
    if (!Files.isRegularFile(p)) throw new CommandException("no such file in the output folder: " + p);
    return NpyConversion.read(p);
  }

  private Path resolve(String relativePath) {
    Path p = root.resolve(relativePath).normalize();
    if (!p.startsWith(root)) throw new CommandException("path leaves the output folder: " + relativePath);
    return p;
  }

  private Path prepare(String relativePath) {
    Path p = resolve(relativePath);
    try {
      Files.createDirectories(p.getParent());
    } catch (IOException e) {
      throw new SinkAccessException(p.getParent().toString(), SinkAccessException.NO_OFFSET, "cannot create folder: " + e, e);
    }
    return p;
  }
}

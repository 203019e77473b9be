package dev.fathom.core.store;

import dev.fathom.core.AtomicFiles;
import dev.fathom.core.FathomException;
import dev.fathom.core.SinkAccessException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An {@link OutputStore} in a local folder. Each output is written to a hidden temporary file
 * beside its target ({@link AtomicFiles#temporarySibling}), forced to the device and renamed
 * over the target on commit; folders are created as needed. {@link #list} skips the temporary
 * files of outputs being written and hidden files.
 */
public final class FileOutputStore implements OutputStore {
  private final Path root;

  /** A store rooted at folder {@code root} (created when the first output is written). */
  public FileOutputStore(Path root) {
    this.root = root;
  }

  @Override
  public String location() {
    return root.toString();
  }

  @Override
  public String locationOf(String name) {
    return path(name).toString();
  }

  private Path path(String name) {
    return root.resolve(StoreNames.check(name));
  }

  @Override
  public AtomicOutput create(String name) {
    Path target = path(name);
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot create its folder: " + e, e);
    }
    return new FileOutput(target);
  }

  @Override
  public boolean exists(String name) {
    return Files.isRegularFile(path(name));
  }

  @Override
  public List<String> list(String prefix) {
    StoreNames.checkPrefix(prefix);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        if (name.startsWith(prefix) && !p.getFileName().toString().startsWith(".")) {
          names.add(name);
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SinkAccessException(root.toString(), FathomException.NO_OFFSET, "cannot list: " + e, e);
    }
    names.sort(null);
    return names;
  }

  @Override
  public String toString() {
    return location();
  }

  /** Bytes go through a 64 KiB buffer into the temporary file; close forces and renames. */
  private static final class FileOutput extends AtomicOutput {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean finished;

    FileOutput(Path target) {
      this.target = target;
      this.tmp = AtomicFiles.temporarySibling(target);
      try {
        this.channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (NoSuchFileException e) {
        throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: no such folder", e);
      } catch (IOException e) {
        throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: " + e, e);
      }
      this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    @Override
    public String location() {
      return target.toString();
    }

    @Override
    public void write(int b) throws IOException {
      open().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      open().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      open().flush();
    }

    private OutputStream open() throws IOException {
      if (finished) {
        throw new IOException("output " + target + " is already closed or aborted");
      }
      return out;
    }

    @Override
    public void abort() {
      if (finished) {
        return;
      }
      finished = true;
      try {
        channel.close();
      } catch (IOException ignored) {
        // the file is deleted next
      }
      AtomicFiles.deleteQuietly(tmp);
    }

    @Override
    public void close() {
      if (finished) {
        return;
      }
      finished = true;
      boolean done = false;
      try {
        out.flush();
        channel.force(false);
        channel.close();
        AtomicFiles.replace(tmp, target);
        done = true;
      } catch (IOException e) {
        throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: " + e, e);
      } finally {
        if (!done) {
          try {
            channel.close();
          } catch (IOException ignored) {
            // the original failure is the one worth reporting
          }
          AtomicFiles.deleteQuietly(tmp);
        }
      }
    }
  }
}

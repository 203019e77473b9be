package dev.fathom.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a
 * part (design.md principle 4): the bytes go to a hidden temporary file in the same folder
 * ({@code .NAME.RANDOM.tmp}, invisible to {@code *.npy} globs), are forced to the device, and
 * the temporary file is renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}
 * (falling back to {@link StandardCopyOption#REPLACE_EXISTING} where the file system cannot
 * rename atomically). On any failure the temporary file is removed and the target is untouched.
 *
 * <p>The temporary file is created with the default permissions of new files (umask), so the
 * target gets the same permissions as a file written directly.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the whole content of a file to a channel. */
  @FunctionalInterface
  public interface ContentWriter {
    void writeTo(WritableByteChannel out) throws IOException;
  }

  /**
   * Writes {@code target} atomically with the bytes that {@code writer} puts in the channel.
   * The target's folder must exist.
   *
   * @throws SinkAccessException if the file cannot be written or renamed (the message names the
   *     target)
   */
  public static void write(Path target, ContentWriter writer) {
    Pending p = begin(target);
    try {
      writer.writeTo(p.channel());
      p.commit();
    } catch (IOException e) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: " + e, e);
    } finally {
      p.abort();
    }
  }

  /** Writes {@code content} to {@code target} atomically (the folder must exist). */
  public static void write(Path target, byte[] content) {
    write(target, out -> {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(content);
      while (b.hasRemaining()) out.write(b);
    });
  }

  /**
   * Starts writing {@code target}: the returned file is a hidden temporary in the target's folder
   * until {@link Pending#commit()} renames it over the target; {@link Pending#abort()} (a no-op
   * after a commit) removes it. For outputs written piece by piece (a chunk filled row by row).
   *
   * @throws SinkAccessException if the folder does not exist or the file cannot be created
   */
  public static Pending begin(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: folder " + dir + " does not exist");
    }
    Path tmp = temporarySibling(target);
    try {
      return new Pending(target, tmp, FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    } catch (NoSuchFileException e) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: no such file or folder " + e.getFile(), e);
    } catch (IOException e) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: " + e, e);
    }
  }

  /** Suffix of the temporary files this class creates ({@code .NAME.RANDOM.tmp}). */
  public static final String TEMP_SUFFIX = ".tmp";

  /** Whether {@code file} is a temporary file of this class (left behind by a killed process). */
  public static boolean isTemporary(Path file) {
    String n = file.getFileName().toString();
    return n.startsWith(".") && n.endsWith(TEMP_SUFFIX) && n.chars().filter(c -> c == '.').count() >= 3;
  }

  /**
   * Removes the temporary files a killed process left under {@code root} (any depth); returns how
   * many. Only call it when no other process writes there.
   */
  public static int removeStale(Path root) {
    if (!Files.isDirectory(root)) return 0;
    int[] n = {0};
    try (java.util.stream.Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).filter(AtomicFiles::isTemporary).forEach(f -> {
        deleteQuietly(f);
        n[0]++;
      });
    } catch (IOException e) {
      throw new SinkAccessException(root.toString(), FathomException.NO_OFFSET, "cannot list: " + e, e);
    }
    return n[0];
  }

  /** A file being written: a temporary until {@link #commit()}. */
  public static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private boolean finished;

    private Pending(Path target, Path tmp, FileChannel channel) {
      this.target = target;
      this.tmp = tmp;
      this.channel = channel;
    }

    /** The channel to write the content to (positioned at 0). */
    public FileChannel channel() {
      return channel;
    }

    /** The file this will become. */
    public Path target() {
      return target;
    }

    /** Forces the content to the device and renames the temporary over the target. */
    public void commit() {
      if (finished) throw new IllegalStateException("already finished: " + target);
      try {
        channel.force(false);
        channel.close();
        replace(tmp, target);
        finished = true;
      } catch (IOException e) {
        throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: " + e, e);
      }
    }

    /** Discards the temporary (nothing happens after a commit). */
    public void abort() {
      if (finished) return;
      finished = true;
      try {
        channel.close();
      } catch (IOException ignored) {
        // removing the file is what matters
      }
      deleteQuietly(tmp);
    }

    /** Same as {@link #abort()}: a pending file not committed is discarded. */
    @Override
    public void close() {
      abort();
    }
  }

  /**
   * A fresh name for the temporary file of {@code target}: {@code .NAME.RANDOM.tmp} in the same
   * folder (hidden, and never matched by a glob on the target's extension).
   */
  public static Path temporarySibling(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    return dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
  }

  /**
   * Renames a complete temporary file over {@code target}: atomically where the file system
   * can, else replacing it.
   */
  public static void replace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code tmp} if it exists, ignoring failures (used when a write is abandoned). */
  public static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the original failure is the one worth reporting
    }
  }
}

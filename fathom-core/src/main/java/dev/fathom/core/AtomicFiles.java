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
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: folder " + dir + " does not exist");
    }
    Path tmp = temporarySibling(target);
    boolean done = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        writer.writeTo(ch);
        ch.force(false);
      }
      replace(tmp, target);
      done = true;
    } catch (NoSuchFileException e) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: no such file or folder " + e.getFile(), e);
    } catch (IOException e) {
      throw new SinkAccessException(target.toString(), FathomException.NO_OFFSET, "cannot write: " + e, e);
    } finally {
      if (!done) {
        deleteQuietly(tmp);
      }
    }
  }

  /**
   * A fresh name for the temporary file of {@code target}: {@code .NAME.RANDOM.tmp} in the same
   * folder (hidden, and never matched by a glob on the target's extension).
   */
  public static Path temporarySibling(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    return dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
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

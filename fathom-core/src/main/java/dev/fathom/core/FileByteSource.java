package dev.fathom.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A local file read with positional {@link FileChannel} reads (thread-safe, no shared position). */
public final class FileByteSource implements ByteSource {
  private final String name;
  private final FileChannel channel;
  private final long size;

  private FileByteSource(String name, FileChannel channel, long size) {
    this.name = name;
    this.channel = channel;
    this.size = size;
  }

  /** Opens {@code path} for reading. */
  public static FileByteSource open(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new SourceAccessException(name, FathomException.NO_OFFSET, "is a directory, expected a file");
    }
    try {
      FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
      return new FileByteSource(name, ch, ch.size());
    } catch (NoSuchFileException e) {
      throw new SourceAccessException(name, FathomException.NO_OFFSET, "no such file");
    } catch (IOException e) {
      throw new SourceAccessException(name, FathomException.NO_OFFSET, "cannot open: " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void readFully(long position, ByteBuffer dst) {
    if (position < 0) {
      throw new IllegalArgumentException("negative position " + position);
    }
    long start = position;
    try {
      while (dst.hasRemaining()) {
        int n = channel.read(dst, position);
        if (n < 0) {
          throw new SourceAccessException(
              name, position, "unexpected end of file: wanted " + dst.remaining() + " more bytes of the range starting at " + start + ", file size " + size);
        }
        position += n;
      }
    } catch (IOException e) {
      throw new SourceAccessException(name, position, "read failed: " + e.getMessage(), e);
    }
  }

  /**
   * 1 MiB: positional reads into a reused 1 MiB buffer scanned a 2 GB page-cached file at
   * 5.4 GB/s on 2 threads here, against 4.1 GB/s for 1 MiB memory-mapped windows (page faults
   * and mappings contend on the process's address-space lock) and less for 8 MiB reads (the
   * copy no longer stays in cache).
   */
  @Override
  public int preferredReadSize() {
    return 1 << 20;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing useful to do: the channel is read-only
    }
  }

  @Override
  public String toString() {
    return name;
  }
}

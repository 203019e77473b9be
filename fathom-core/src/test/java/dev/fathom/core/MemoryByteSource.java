package dev.fathom.core;

import java.nio.ByteBuffer;

/**
 * A {@link ByteSource} over a byte array, for tests. It may claim a larger size than it holds
 * (to test huge-file paths without huge files): bytes beyond the array read as zeros.
 */
public final class MemoryByteSource implements ByteSource {
  private final String name;
  private final byte[] bytes;
  private final long size;

  public MemoryByteSource(String name, byte[] bytes) {
    this(name, bytes, bytes.length);
  }

  public MemoryByteSource(String name, byte[] bytes, long size) {
    this.name = name;
    this.bytes = bytes.clone();
    this.size = size;
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
    if (position < 0 || position > size - dst.remaining()) {
      throw new SourceAccessException(name, Math.min(Math.max(position, 0), size), "unexpected end of source");
    }
    while (dst.hasRemaining()) {
      dst.put(position < bytes.length ? bytes[(int) position] : 0);
      position++;
    }
  }

  @Override
  public void close() {}
}

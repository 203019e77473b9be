package dev.fathom.das.hdf;

import dev.fathom.das.DasFormatException;
import io.jhdf.AbstractNode;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.checksum.ChecksumUtils;
import io.jhdf.exceptions.HdfChecksumMismatchException;
import io.jhdf.object.message.DataLayoutMessage.ChunkedDataLayoutMessageV4;
import io.jhdf.storage.HdfBackingStorage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Chunk addresses of a dataset indexed by a fixed array (HDF5 File Format Specification, section
 * III.H, "Fixed Array Header" and "Fixed Array Data Block"; libhdf5's H5FAdblock.c), read as
 * libhdf5 reads them: only the pages holding the wanted chunks, and a page whose bit in the data
 * block's page-init bitmap (most significant bit first) is clear has never been written, so its
 * chunks are absent and its bytes are not looked at. jhdf 0.13 instead checks every page and fails
 * on the unwritten ones ("stored checksum = [0]"): that is how a dataset with a large fixed maximum
 * that was only partly filled looks (Terra15 Treble v5). Every structure read has its Jenkins
 * lookup3 checksum verified. Chunks are numbered in C order over the grid of the maximum
 * dimensions, as libhdf5 numbers them for this index.
 */
final class FixedArrayChunks {
  private final HdfBackingStorage storage;
  private final String file;
  private final String path;
  private final boolean filtered;
  private final int entrySize;
  private final int pageEntries;
  private final long maxEntries;
  private final long elementsAddress;
  private final byte[] pageInit;
  private final int sizeOfOffsets;
  private final long[] gridDown;
  private final int chunkBytes;
  private final Map<Long, ByteBuffer> pages = new HashMap<>();

  private FixedArrayChunks(ChunkedDataset d, ChunkedDataLayoutMessageV4 layout, int chunkBytes) {
    this.storage = d.getHdfFile().getHdfBackingStorage();
    this.file = Hdf5.fileName(d);
    this.path = d.getPath();
    this.chunkBytes = chunkBytes;
    this.sizeOfOffsets = storage.getSizeOfOffsets();
    int sizeOfLengths = storage.getSizeOfLengths();
    int headerBytes = 4 + 4 + sizeOfLengths + sizeOfOffsets;
    ByteBuffer h = read(layout.getAddress(), headerBytes + 4, "fixed array header");
    signature(h, "FAHD");
    int clientId = h.get(5);
    if (clientId != 0 && clientId != 1) throw new DasFormatException(file, path + ": fixed array client id " + clientId);
    this.filtered = clientId == 1;
    this.entrySize = h.get(6) & 0xff;
    this.pageEntries = 1 << (h.get(7) & 0xff);
    this.maxEntries = number(h, 8, sizeOfLengths);
    long block = number(h, 8 + sizeOfLengths, sizeOfOffsets);
    long pageCount = maxEntries > pageEntries ? (maxEntries + pageEntries - 1) / pageEntries : 0;
    int bitmapBytes = (int) ((pageCount + 7) / 8);
    int fields = 4 + 1 + 1 + sizeOfOffsets;
    if (pageCount > 0) {
      ByteBuffer b = read(block, fields + bitmapBytes + 4, "fixed array data block");
      signature(b, "FADB");
      this.pageInit = new byte[bitmapBytes];
      b.get(fields, pageInit);
      this.elementsAddress = block + fields + bitmapBytes + 4;
    } else {
      ByteBuffer b = read(block, Math.toIntExact(fields + maxEntries * entrySize + 4), "fixed array data block");
      signature(b, "FADB");
      this.pageInit = null;
      this.elementsAddress = block + fields;
      pages.put(0L, b.position(fields).slice().order(ByteOrder.LITTLE_ENDIAN));
    }
    int[] chunk = d.getChunkDimensions();
    long[] max = d.getMaxSize();
    this.gridDown = new long[max.length];
    long down = 1;
    for (int i = max.length - 1; i >= 0; i--) {
      gridDown[i] = down;
      down *= (max[i] + chunk[i] - 1) / chunk[i];
    }
    if (down > maxEntries) {
      throw new DasFormatException(file, path + ": fixed array holds " + maxEntries + " chunks, the maximum shape needs " + down);
    }
  }

  /**
   * The index of {@code d} when it is a fixed array whose chunk lookup jhdf 0.13 fails to build
   * with a checksum mismatch (the unwritten pages), else null (other failures stay jhdf's to report).
   */
  static FixedArrayChunks ifJhdfCannot(ChunkedDataset d, int chunkBytes) {
    if (!(d instanceof AbstractNode n)) return null;
    ChunkedDataLayoutMessageV4 layout;
    try {
      if (!n.getHeader().hasMessageOfType(ChunkedDataLayoutMessageV4.class)) return null;
      layout = n.getHeader().getMessageOfType(ChunkedDataLayoutMessageV4.class);
    } catch (RuntimeException e) {
      return null;
    }
    if (layout.getIndexingType() != ChunkedDataLayoutMessageV4.FIXED_ARRAY_INDEX) return null;
    try {
      d.isEmpty(); // builds jhdf's chunk lookup
      return null;
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof HdfChecksumMismatchException) return new FixedArrayChunks(d, layout, chunkBytes);
      }
      return null;
    }
  }

  /** Whether chunks are stored filtered (their stored sizes differ). */
  boolean filtered() {
    return filtered;
  }

  /**
   * The stored bytes of the chunk whose first element is at {@code offset} (dataset coordinates),
   * or null when it was never written.
   */
  ByteBuffer rawChunk(long[] offset, int[] chunk) {
    long index = 0;
    for (int i = 0; i < offset.length; i++) index += offset[i] / chunk[i] * gridDown[i];
    if (index >= maxEntries) return null;
    long page = pageInit == null ? 0 : index / pageEntries;
    if (pageInit != null && (pageInit[(int) (page / 8)] & (0x80 >>> (page % 8))) == 0) return null;
    ByteBuffer p = page(page);
    int at = (int) (index - page * pageEntries) * entrySize;
    long address = number(p, at, sizeOfOffsets);
    if (address == -1) return null; // the undefined address: never written
    long size = filtered ? number(p, at + sizeOfOffsets, entrySize - sizeOfOffsets - 4) : chunkBytes;
    return read(address, Math.toIntExact(size), "chunk at " + java.util.Arrays.toString(offset));
  }

  private synchronized ByteBuffer page(long page) {
    return pages.computeIfAbsent(page, k -> {
      long entries = Math.min(pageEntries, maxEntries - k * pageEntries);
      int bytes = Math.toIntExact(entries * entrySize);
      long address = elementsAddress + k * ((long) pageEntries * entrySize + 4);
      ByteBuffer b = read(address, bytes + 4, "fixed array page " + k);
      checksum(b, bytes, "fixed array page " + k);
      return b;
    });
  }

  private ByteBuffer read(long address, int length, String what) {
    try {
      return storage.readBufferFromAddress(address, length).order(ByteOrder.LITTLE_ENDIAN);
    } catch (RuntimeException e) {
      throw Hdf5.translate(file, path, "read the " + what + " of", e);
    }
  }

  /** Checks the signature of a header or data block read whole, and its checksum (its last 4 bytes). */
  private void signature(ByteBuffer b, String sig) {
    byte[] s = new byte[4];
    b.get(0, s);
    if (!sig.equals(new String(s, StandardCharsets.US_ASCII))) {
      throw new DasFormatException(file, path + ": expected a " + sig + " signature in its chunk index, found '"
          + new String(s, StandardCharsets.ISO_8859_1) + "'");
    }
    checksum(b, b.limit() - 4, sig);
  }

  private void checksum(ByteBuffer b, int n, String what) {
    byte[] bytes = new byte[n];
    b.get(0, bytes);
    int stored = b.getInt(n);
    int computed = ChecksumUtils.checksum(bytes);
    if (stored != computed) {
      throw new DasFormatException(file, path + ": checksum mismatch in the " + what + " of its chunk index (stored "
          + stored + ", computed " + computed + ")");
    }
  }

  /** A little-endian unsigned number of {@code width} bytes at {@code at} (all ones: -1). */
  private static long number(ByteBuffer b, int at, int width) {
    long v = 0;
    boolean ones = true;
    for (int i = width - 1; i >= 0; i--) {
      int x = b.get(at + i) & 0xff;
      ones &= x == 0xff;
      v = (v << 8) | x;
    }
    return ones ? -1 : v;
  }
}

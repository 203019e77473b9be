package dev.fathom.das;

import dev.fathom.core.ByteSource;
import dev.fathom.core.SourceAccessException;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file being detected or read: its path, its leading bytes (to tell HDF5, TDMS and others
 * apart without parsing) and, for HDF5 files, the parsed {@link HdfFile} opened once and shared
 * by every format's {@code detect}. Closing it closes both.
 */
public final class DasSource implements AutoCloseable {
  /** Container kinds told apart by signature. */
  public enum Kind { HDF5, TDMS, OTHER }

  private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

  private final Path path;
  private final String name;
  private final long size;
  private final Kind kind;
  private HdfFile hdf;

  private DasSource(Path path) {
    this.path = path;
    this.name = path.toString();
    if (!Files.isRegularFile(path)) throw new SourceAccessException(name, -1, "not a readable file");
    try {
      this.size = Files.size(path);
    } catch (java.io.IOException e) {
      throw new SourceAccessException(name, -1, "cannot read: " + e.getMessage(), e);
    }
    this.kind = sniff();
  }

  /** Opens {@code path} (reads only its first bytes). */
  public static DasSource open(Path path) {
    return new DasSource(path);
  }

  private Kind sniff() {
    try (ByteSource b = ByteSource.open(path.toString())) {
      // HDF5 superblock at 0, 512, 1024, 2048, ... (after a user block)
      for (long off = 0; off + 8 <= size; off = off == 0 ? 512 : off * 2) {
        if (startsWith(b, off, HDF5_SIGNATURE)) {
          checkHdf5Length(b, off);
          return Kind.HDF5;
        }
        if (off > (1 << 20)) break;
      }
      if (startsWith(b, 0, "TDSm".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) return Kind.TDMS;
      return Kind.OTHER;
    }
  }

  /**
   * Refuses an HDF5 file shorter than the end-of-file address its superblock records (what libhdf5
   * reports as "truncated file"): jhdf would otherwise read missing chunks as fill values.
   * Superblock layouts: HDF5 File Format Specification, section II.A (versions 0-3).
   */
  private void checkHdf5Length(ByteSource b, long off) {
    if (off + 64 > size) throw new TruncatedDasFileException(name, size, "HDF5 superblock cut short", null);
    ByteBuffer sb = b.read(off, 64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int version = sb.get(8);
    long base;
    long eof;
    if (version == 0 || version == 1) {
      int offsets = sb.get(13);
      int pos = 24 + (version == 1 ? 4 : 0);
      base = read(sb, pos, offsets);
      eof = read(sb, pos + 2 * offsets, offsets);
    } else if (version == 2 || version == 3) {
      int offsets = sb.get(9);
      base = read(sb, 12, offsets);
      eof = read(sb, 12 + 2 * offsets, offsets);
    } else {
      return; // unknown superblock version: jhdf will say
    }
    if (eof > 0 && base + eof > size) {
      throw new TruncatedDasFileException(name, size, "the HDF5 superblock says the file is " + (base + eof)
          + " bytes but it has " + size + " (truncated file)", null);
    }
  }

  private static long read(ByteBuffer b, int pos, int width) {
    return width == 8 ? b.getLong(pos) : width == 4 ? b.getInt(pos) & 0xffffffffL : -1;
  }

  private static boolean startsWith(ByteSource b, long off, byte[] sig) {
    if (off + sig.length > b.size()) return false;
    ByteBuffer buf = b.read(off, sig.length);
    for (byte s : sig) if (buf.get() != s) return false;
    return true;
  }

  public Path path() {
    return path;
  }

  /** The path as text, for messages. */
  public String name() {
    return name;
  }

  public long size() {
    return size;
  }

  public Kind kind() {
    return kind;
  }

  /** The parsed HDF5 file (opened on first use); only for {@link Kind#HDF5}. */
  public HdfFile hdf() {
    if (kind != Kind.HDF5) throw new IllegalStateException(name + " is not HDF5");
    if (hdf == null) hdf = Hdf5.open(path);
    return hdf;
  }

  @Override
  public void close() {
    if (hdf != null) {
      try {
        hdf.close();
      } catch (RuntimeException e) {
        // closing a corrupt file must not hide the error that brought us here
      }
      hdf = null;
    }
  }
}

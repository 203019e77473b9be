package dev.fathom.core.npy;

import java.util.Arrays;
import java.util.Objects;

/**
 * The header of a {@code .npy} file as read: element type, shape, memory order, format version
 * and where the data starts. With it a caller can read parts of a large array by byte ranges
 * (element {@code k} in storage order starts at {@code dataOffset() + k * dtype().itemSize()}).
 */
public final class NpyHeader {
  private final NpyDtype dtype;
  private final long[] shape;
  private final boolean fortranOrder;
  private final NpyVersion version;
  private final long dataOffset;
  private final long elementCount;

  NpyHeader(NpyDtype dtype, long[] shape, boolean fortranOrder, NpyVersion version, long dataOffset) {
    this.dtype = Objects.requireNonNull(dtype);
    this.shape = shape.clone();
    this.fortranOrder = fortranOrder;
    this.version = Objects.requireNonNull(version);
    this.dataOffset = dataOffset;
    this.elementCount = Shapes.elementCount(shape);
    Math.multiplyExact(elementCount, (long) dtype.itemSize()); // checked by the reader
  }

  public NpyDtype dtype() {
    return dtype;
  }

  /** The dimension lengths, axis 0 first (a copy). Empty for a 0-d scalar. */
  public long[] shape() {
    return shape.clone();
  }

  /** Number of dimensions. */
  public int ndim() {
    return shape.length;
  }

  /** True when the data is stored in Fortran order (axis 0 fastest), false for C order. */
  public boolean fortranOrder() {
    return fortranOrder;
  }

  public NpyVersion version() {
    return version;
  }

  /** Byte offset of the first data byte in the file (a multiple of 64 for files numpy writes). */
  public long dataOffset() {
    return dataOffset;
  }

  /** Number of elements: the product of the shape, 1 for a 0-d scalar. */
  public long elementCount() {
    return elementCount;
  }

  /** Bytes of data: element count times item size. */
  public long dataLength() {
    return elementCount * dtype.itemSize();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyHeader h
        && dtype.equals(h.dtype)
        && Arrays.equals(shape, h.shape)
        && fortranOrder == h.fortranOrder
        && version == h.version
        && dataOffset == h.dataOffset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dtype, Arrays.hashCode(shape), fortranOrder, version, dataOffset);
  }

  @Override
  public String toString() {
    return "NpyHeader[" + dtype + ", shape=" + Shapes.repr(shape) + (fortranOrder ? ", F" : ", C")
        + ", v" + version + ", data at " + dataOffset + "]";
  }
}

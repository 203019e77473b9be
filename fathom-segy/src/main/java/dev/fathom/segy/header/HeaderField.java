package dev.fathom.segy.header;

/**
 * One word of a header layout.
 *
 * @param name canonical name (segyio 2.0's TraceField/BinField name)
 * @param byteNumber 1-based byte position of the word within its header
 * @param type storage type
 * @param scaling the scalar that applies to the value, if any
 * @param suKey Seismic Unix key, or null
 * @param legacyName segyio 1.8 name where it differs, or null
 * @param onlyIfNonZero rev-2 words that supersede another only when non-zero
 */
public record HeaderField(
    String name,
    int byteNumber,
    FieldType type,
    Scaling scaling,
    String suKey,
    String legacyName,
    boolean onlyIfNonZero) implements java.io.Serializable {

  /** 0-based offset of the word within its header. */
  public int offset() {
    return byteNumber - 1;
  }

  /** A user-defined field at {@code byteNumber} of {@code type} (e.g. a custom inline at 233). */
  public static HeaderField custom(int byteNumber, FieldType type) {
    return new HeaderField("byte" + byteNumber, byteNumber, type, Scaling.NONE, null, null, false);
  }

  /** The same field read at another byte (users' non-standard layouts). */
  public HeaderField atByte(int newByte) {
    return new HeaderField(name, newByte, type, scaling, suKey, legacyName, onlyIfNonZero);
  }
}

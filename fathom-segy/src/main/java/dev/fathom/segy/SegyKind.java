package dev.fathom.segy;

/** The file layouts the SEG-Y library reads (segy.md §4.1, §4.12). */
public enum SegyKind {
  /** SEG-Y rev 0/1/2/2.1: textual + binary file headers, then traces. */
  SEGY,
  /** Seismic Unix: traces only, 4-byte floats in the writing machine's byte order. */
  SU,
  /** IRIS PASSCAL single-trace SEG-Y: one 240-byte header (ns 32767 → bytes 229-232), int16/int32. */
  PASSCAL
}

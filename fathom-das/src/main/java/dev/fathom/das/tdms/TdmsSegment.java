package dev.fathom.das.tdms;

/**
 * The raw data of one TDMS segment as this reader uses it: every channel holds {@code rows}
 * values of the same type starting at {@code dataOffset}; interleaved (value t of channel c at
 * {@code (t*channels + c)*itemSize}) or in chunks (per chunk, {@code valuesPerChunk} values of
 * channel 0, then channel 1, ...).
 *
 * @param firstRow index of this segment's first value in the whole file's time axis
 */
public record TdmsSegment(long leadInOffset, long dataOffset, long rows, boolean interleaved, boolean bigEndian,
    long valuesPerChunk, long firstRow) {}

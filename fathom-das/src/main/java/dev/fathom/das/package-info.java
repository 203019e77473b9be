/**
 * DAS vendor files: PRODML (raw and FBE), Silixa HDF5 and TDMS, Febus, Terra15, OptoDAS, AP
 * Sensing, Neubrex, GDR, H5Simple and DAS as SEG-Y, detected automatically.
 *
 * <p>Entry point, for streaming a file into chunks (e.g. 1-second chunks of all channels):
 *
 * <pre>{@code
 * try (DasFile f = DasFiles.open(path)) {              // DasFiles.open(path, "PRODML") forces a format
 *   DasInfo info = f.info();  // format, version, dims ("time","distance"), shape, dtype, startNanos
 *                             // (UTC epoch ns), timeStepSeconds, nTime, nChannels, distanceStart,
 *                             // distanceStep, distanceUnits, dataUnits, attributes
 *   float[] block = f.readChannelMajor(timeIndex, nTime, channelStart, nChannels);
 *                             // row-major [channel][time]: what a chunk .npy (nx, nt) holds
 *   DasPatch p = f.read(DasSelection.time(t0, t1).distance(d0, d1)); // coordinate ranges, inclusive
 *   for (int i = 1; i < f.patchCount(); i++) f.patch(i);              // further FBE bands / Febus zones
 * }
 * DasIndex index = DasFiles.index(folder);            // time-sorted, with gaps and overlaps
 * }</pre>
 *
 * <p>Reads touch only the requested slices (HDF5 hyperslabs through jhdf, TDMS byte ranges, SEG-Y
 * traces). {@link dev.fathom.das.DasPatch} keeps the file's sample type, never scaled. Formats are
 * {@link dev.fathom.das.DasFormat}s registered with {@link java.util.ServiceLoader}. Errors are
 * {@link dev.fathom.core.FathomException} subclasses: {@link dev.fathom.das.UnknownDasFormatException},
 * {@link dev.fathom.das.DasFormatException}, {@link dev.fathom.das.TruncatedDasFileException},
 * {@link dev.fathom.das.UnsupportedFilterException}. Where the readers differ from DASCore, and
 * why: docs/das-formats.md.
 */
package dev.fathom.das;

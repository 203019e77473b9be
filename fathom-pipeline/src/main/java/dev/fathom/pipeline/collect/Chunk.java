package dev.fathom.pipeline.collect;

import java.time.Instant;
import java.util.List;

/**
 * One chunk file's values, whatever its format.
 *
 * @param source the file (for error messages)
 * @param creationDate the time the file states inside (WITSML {@code creationDate}), or null
 * @param depth the depth of each row (metres for distpy's files)
 * @param curves the curve names
 * @param values {@code values[c][i]}: curve {@code c} at {@code depth[i]}
 */
record Chunk(String source, Instant creationDate, double[] depth, List<String> curves, double[][] values) {}

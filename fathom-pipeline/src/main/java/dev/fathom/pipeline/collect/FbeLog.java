package dev.fathom.pipeline.collect;

import java.time.Instant;
import java.util.List;

/**
 * The content of one WITSML 1.3.1/1.4.1 FBE file as distpy's {@code write_witsml} writes it (spec
 * distpy.md §3.6.1): a depth axis and one value per depth for each curve.
 *
 * @param source the file the log was read from (for error messages)
 * @param creationDate the {@code creationDate} as an absolute instant (null when the file has none)
 * @param depthMnemonic mnemonic of the index curve (the first {@code logCurveInfo}, normally
 *     {@code DEPTH})
 * @param curves mnemonics of the other curves, in file order
 * @param depth the index value (first number) of every {@code <data>} line, in file order; metres
 *     for distpy's files
 * @param values {@code values[c][i]}: curve {@code c} at depth {@code depth[i]}
 */
public record FbeLog(
    String source, Instant creationDate, String depthMnemonic, List<String> curves, double[] depth, double[][] values) {

  public FbeLog {
    curves = List.copyOf(curves);
  }
}

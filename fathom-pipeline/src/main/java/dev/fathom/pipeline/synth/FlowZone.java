package dev.fathom.pipeline.synth;

/**
 * A flowing zone in a synthetic archive: band-limited noise in {@code [lowHz, highHz]} on the
 * channels within {@code halfWidth} of {@code depth} (cos² taper across depth), its amplitude
 * varying slowly as {@code 1 + 0.5 sin(2π t / periodSeconds + phase)}.
 *
 * @param depth centre, metres
 * @param halfWidth metres either side of the centre
 * @param lowHz lower band edge, Hz
 * @param highHz upper band edge, Hz
 * @param amplitude RMS at the centre, relative to the background noise's RMS (about 1)
 * @param periodSeconds period of the slow amplitude variation, seconds
 * @param phase phase of the slow variation at the archive start, radians
 */
public record FlowZone(double depth, double halfWidth, double lowHz, double highHz, double amplitude, double periodSeconds, double phase) {

  /** The weight of this zone at {@code d}: 1 at the centre, 0 beyond {@code halfWidth}. */
  double weight(double d) {
    double u = Math.abs(d - depth) / halfWidth;
    if (u >= 1) return 0;
    double c = Math.cos(0.5 * Math.PI * u);
    return c * c;
  }

  /** The slow amplitude variation at {@code t} seconds after the archive start. */
  double modulation(double t) {
    return 1 + 0.5 * Math.sin(2 * Math.PI * t / periodSeconds + phase);
  }
}

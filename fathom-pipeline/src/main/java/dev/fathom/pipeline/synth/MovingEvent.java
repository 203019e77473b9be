package dev.fathom.pipeline.synth;

/**
 * A pulse travelling along the fibre (a sloping line in depth-time): it passes depth {@code d}
 * at {@code time + (d - originDepth) / velocity}, as a Gaussian-windowed sine
 * {@code amplitude · exp(-((t - ta) f)²) · sin(2π f (t - ta))}.
 *
 * @param time seconds after the archive start when it is at {@code originDepth}
 * @param originDepth where it starts, metres (the top of the fibre for a positive velocity, the
 *     bottom for a negative one)
 * @param velocity metres per second along the fibre, signed (positive: downwards)
 * @param frequencyHz centre frequency, Hz
 * @param amplitude peak, relative to the background noise's RMS (about 1)
 */
public record MovingEvent(double time, double originDepth, double velocity, double frequencyHz, double amplitude) {

  /** Seconds after the archive start when the pulse passes depth {@code d}. */
  public double arrival(double d) {
    return time + (d - originDepth) / velocity;
  }

  /** Half-length of the pulse's window, seconds (the envelope is below e^-16 beyond). */
  double halfLength() {
    return 4 / frequencyHz;
  }

  /** The pulse at {@code dt} seconds from its arrival. */
  double value(double dt) {
    double u = dt * frequencyHz;
    return amplitude * Math.exp(-u * u) * Math.sin(2 * Math.PI * u);
  }
}

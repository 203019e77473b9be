package dev.fathom.dsp.fk;

import dev.fathom.dsp.iir.Butterworth;
import dev.fathom.dsp.iir.FiltFilt;
import dev.fathom.dsp.iir.FilterType;
import dev.fathom.dsp.iir.PadType;

/**
 * distpy's f-k phase-velocity map and mask ({@code extra_numpy.vel_map/vel_mask}, spec §2.4.2).
 * The map is laid over an {@code (nx, nt)} 2-D FFT: {@code V[i][j] = f[j] / (k[i] + 1e-7)} with
 * distpy's mirrored linspace axes ({@code f} from 0 to {@code 1/(2dt)} Hz over {@code nt/2}
 * points, {@code k} from 0 to {@code 1/(2dx)} 1/m over {@code nx/2} points) — not the FFT grid,
 * magnitudes only (up- and down-going are not distinguished). Velocities in m/s.
 */
public final class VelocityMap {
  private static final double TOLERANCE = 1.0e-7;

  private VelocityMap() {}

  /**
   * {@code vel_map(nx, nt, dx, dt)}.
   *
   * @param dx channel spacing (m)
   * @param dt sample interval (s)
   * @throws IllegalArgumentException for odd {@code nx} (distpy: ValueError)
   */
  public static double[][] map(int nx, int nt, double dx, double dt) {
    if (nx % 2 != 0) {
      throw new IllegalArgumentException(
          "vel_map needs an even number of channels, got " + nx + " (distpy: ValueError)");
    }
    double[] f = Linspace.mirrored(nt, 1.0 / (2 * dt));
    double[] k = Linspace.mirrored(nx, 1.0 / (2 * dx));
    double[][] v = new double[nx][nt];
    for (int i = 0; i < nx; i++) {
      double denom = k[i] + TOLERANCE;
      for (int j = 0; j < nt; j++) {
        v[i][j] = f[j] / denom;
      }
    }
    return v;
  }

  /**
   * {@code vel_mask(V, vmin, vmax, smooth)}: 1 where {@code vmin < V <= vmax}, else 0; when {@code
   * smooth > 1} the mask is smoothed along axis 1 only by {@code |filtfilt(butter(5, 1/smooth))|}
   * with even padding.
   */
  public static double[][] mask(double[][] velocity, double vmin, double vmax, double smooth) {
    double[][] m = new double[velocity.length][];
    for (int i = 0; i < velocity.length; i++) {
      m[i] = new double[velocity[i].length];
      for (int j = 0; j < m[i].length; j++) {
        double v = velocity[i][j];
        m[i][j] = v > vmin && !(v > vmax) ? 1.0 : 0.0;
      }
    }
    if (!(smooth > 1)) {
      return m;
    }
    double[][] s = FiltFilt.filtfilt(Butterworth.ba(5, 1.0 / smooth, FilterType.LOWPASS), m, 1,
        PadType.EVEN, FiltFilt.DEFAULT_PADLEN, 1);
    for (double[] row : s) {
      for (int j = 0; j < row.length; j++) {
        row[j] = Math.abs(row[j]);
      }
    }
    return s;
  }
}

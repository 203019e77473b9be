package dev.fathom.graph.parity;

import java.util.Set;

/**
 * The tolerance classes of specs/distpy.md §5, by command. A node gets the loosest class of
 * itself and every node upstream of it (an exact command after an FFT inherits the FFT's
 * round-off).
 */
enum Tolerance {
  /** Bit-exact: compared with ==. */
  EXACT(0),
  /** Reductions and linear filters: max |Δ| ≤ 1e-12 · max |ref|. */
  LINEAR(1e-12),
  /** Phase (angle, unwrap): equal modulo 2π within 1e-12 · π. */
  PHASE(1e-12),
  /** IIR filtering (butter, smoothed velocity masks): 1e-8 relative. */
  IIR(1e-8),
  /** FFTs numpy ≥ 2 computes in single precision (float32 input), analytic_signal: 1e-6 relative. */
  SINGLE(1e-6),
  /** Random clustering (kmeans): the same partition, whatever the label numbers (adjusted Rand index 1). */
  PARTITION(0);

  final double rtol;

  Tolerance(double rtol) {
    this.rtol = rtol;
  }

  private static final Set<String> EXACT_COMMANDS = Set.of(
      "NONE", "to_gpu", "from_gpu", "copy", "data", "data_load", "write_npy", "write_witsml", "thumbnail", "keras",
      "abs", "conj", "real", "lin_transform", "soft_threshold", "hard_threshold", "bounded_select", "roll",
      "downsample", "extract", "clip", "diff", "argmax", "broaden", "peak_to_peak", "median_filter", "gather",
      "virtual_cmp", "multiply", "add", "count_peaks", "velocity_map", "rescale", "running_mean");
  private static final Set<String> PHASE_COMMANDS = Set.of("angle", "unwrap");
  private static final Set<String> IIR_COMMANDS = Set.of("butter");

  /** The class of one command (without its upstream), given whether the chunk is float32. */
  static Tolerance of(String command, boolean float32Input, boolean smoothedMask) {
    if (command.equals("kmeans")) return PARTITION;
    if (command.equals("analytic_signal")) return SINGLE;
    if (float32Input && (command.equals("fft") || command.equals("ifft"))) return SINGLE;
    if (IIR_COMMANDS.contains(command) || command.equals("velocity_mask") && smoothedMask) return IIR;
    if (PHASE_COMMANDS.contains(command)) return PHASE;
    if (EXACT_COMMANDS.contains(command) || command.equals("velocity_mask")) return EXACT;
    return LINEAR;
  }

  /** The looser of two classes (PHASE counts as looser than LINEAR, so phase rules carry downstream). */
  Tolerance max(Tolerance o) {
    return ordinal() >= o.ordinal() ? this : o;
  }
}

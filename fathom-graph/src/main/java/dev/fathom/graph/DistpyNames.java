package dev.fathom.graph;

import java.util.List;

/**
 * The command names distpy 1.32.3 knows: the 64 of {@code pub_command_set.KnownCommands} and the
 * 4 of {@code plt_command_set.KnownCommands} (specs/distpy.md §2.1). Used to tell "not a distpy
 * command" from "a distpy command Fathom does not implement".
 */
public final class DistpyNames {
  private DistpyNames() {}

  /** {@code pub_command_set.KnownCommands}, 64 names. */
  public static final List<String> PUBLIC =
      List.of(
          "NONE", "abs", "add", "analytic_signal", "angle", "approx_vlf", "argmax", "bounded_select",
          "broaden", "butter", "clip", "conj", "convolve", "copy", "correlate", "count_peaks", "data",
          "data_load", "deconvolve", "destripe", "diff", "dip_filter", "down_wave", "downsample",
          "extract", "fft", "from_gpu", "gather", "gaussian", "geometric_mean", "gradient",
          "hard_threshold", "harmonic_mean", "ifft", "keras", "kmeans", "kurtosis", "lin_transform",
          "macro", "mean", "median_filter", "multiple_calcs", "multiply", "peak_to_peak", "real",
          "rescale", "rms_from_fft", "roll", "running_mean", "skewness", "sobel", "soft_threshold",
          "sta_lta", "std_dev", "sum", "to_gpu", "unwrap", "up_wave", "velocity_map", "velocity_mask",
          "virtual_cmp", "wiener", "write_npy", "write_witsml");

  /** {@code plt_command_set.KnownCommands}: plot commands. */
  public static final List<String> PLOT = List.of("thumbnail", "well_log", "stack", "rgb");

  /** True for a name distpy knows. */
  public static boolean isDistpy(String name) {
    return PUBLIC.contains(name) || PLOT.contains(name);
  }
}

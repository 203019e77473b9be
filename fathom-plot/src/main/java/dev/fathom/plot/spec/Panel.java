package dev.fathom.plot.spec;

import dev.fathom.plot.Colormap;

/**
 * One band of a plot (an entry of {@code plot_list}).
 *
 * @param title {@code title_text}
 * @param data {@code data}: the band's .npy file, {@code (nx, nt)} = (depth, time), relative to
 *     the plot worker's input folder unless absolute
 * @param colormap {@code colormap} (well_log and stack; default magma as distpy's well_log)
 * @param alpha {@code alpha}: opacity in [0, 1] in a stack (default 1/number of bands)
 * @param inverted {@code inverted} ("yes"): rgb draws {@code 1 − intensity}
 */
public record Panel(String title, String data, Colormap colormap, double alpha, boolean inverted) {}

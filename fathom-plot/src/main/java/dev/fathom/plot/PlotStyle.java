package dev.fathom.plot;

/**
 * How a thumbnail looks: colour map and its value range, axis labels, title, size in pixels,
 * depth direction and the number of colour levels (0 = continuous, 30 for distpy's contourf).
 */
public record PlotStyle(
    Colormap colormap, double vmin, double vmax, String depthLabel, String timeLabel, String title,
    int width, int height, boolean invertDepth, int levels) {}

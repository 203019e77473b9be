package dev.fathom.plot.spec;

/**
 * A named depth interval of the well (a perforation cluster, a stage) from the well-segments file.
 *
 * @param start top depth, in the display depth unit
 * @param end bottom depth, in the display depth unit
 * @param name label
 */
public record Zone(double start, double end, String name) {}

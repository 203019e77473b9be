/**
 * distpy's plot-worker configuration ({@code plotsConfig.json}, specs/distpy.md §3.10) read into
 * checked records: {@link dev.fathom.plot.spec.PlotsConfig}, its plots and panels, events and the
 * well-segments (zones) file.
 */
package dev.fathom.plot.spec;

/**
 * Thumbnail pictures (waterfall and scatter, colour maps, colour bar) drawn with Java2D and
 * encoded with ImageIO, headless. To move to fathom-plot once that module exists.
 */
package dev.fathom.plot;

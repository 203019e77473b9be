/**
 * Reductions along an axis with numpy and scipy.stats defaults (pairwise summation along contiguous rows).
 */
package dev.fathom.dsp.stats;

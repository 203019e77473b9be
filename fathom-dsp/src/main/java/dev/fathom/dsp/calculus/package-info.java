/**
 * numpy.gradient (edge_order 1 and 2, uniform and non-uniform coordinates), numpy.diff, numpy.interp, numpy.unwrap and distpy's running mean.
 */
package dev.fathom.dsp.calculus;

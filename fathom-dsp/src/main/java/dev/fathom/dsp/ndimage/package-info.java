/**
 * scipy.ndimage filters on 2-D arrays: boundary modes, correlate/convolve (1-D and 2-D, with origin), gaussian_filter, sobel, median_filter, uniform/maximum/minimum_filter1d.
 */
package dev.fathom.dsp.ndimage;

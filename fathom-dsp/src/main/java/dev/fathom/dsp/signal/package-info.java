/**
 * Signal helpers: scipy.signal.wiener and hilbert, distpy's analytic-signal estimator, STA/LTA, broaden, peak_to_peak, approx_vlf, and scipy.signal.find_peaks_cwt (distpy's count_peaks).
 */
package dev.fathom.dsp.signal;

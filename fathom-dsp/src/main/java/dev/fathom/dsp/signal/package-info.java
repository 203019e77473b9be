/**
 * Signal helpers: scipy.signal.wiener and hilbert, distpy's analytic-signal estimator, STA/LTA, broaden, peak_to_peak and approx_vlf.
 */
package dev.fathom.dsp.signal;

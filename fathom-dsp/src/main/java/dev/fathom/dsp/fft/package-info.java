/**
 * FFTs with numpy.fft semantics along either axis (JTransforms, internal threading off, rows in parallel), frequency axes, and distpy's band energies (te_from_fft, rms_from_fft) including a fused fast path from the time series.
 */
package dev.fathom.dsp.fft;

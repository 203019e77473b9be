/**
 * FFTs with numpy.fft semantics along either axis (a batched mixed-radix kernel, BatchFft, for lengths 2^a·3^b·5^c; JTransforms, internal threading off, for the others; rows in parallel), frequency axes, and distpy's band energies (te_from_fft, rms_from_fft) including a fused fast path from the time series.
 */
package dev.fathom.dsp.fft;

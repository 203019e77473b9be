/**
 * Numeric kernels for DAS and seismic blocks: FFT, IIR design and zero-phase filtering, ndimage
 * filters, f-k tools, STA/LTA and statistics, reproducing the numpy/scipy functions that distpy calls
 * (numpy 2.x, scipy 1.17 semantics; see {@code shared/specs/distpy.md} §2.4, §2.5).
 *
 * <h2>Conventions used by every class of this module</h2>
 *
 * <ul>
 *   <li><b>2-D arrays</b> are {@code double[nx][nt]}: axis 0 = channel/trace (depth), axis 1 =
 *       time/sample, distpy's {@code (nx, nt)}. {@code axis} arguments use these numbers. Rows are
 *       never aliased between input and output unless a method says it works in place.
 *   <li><b>Complex data</b> are <em>interleaved</em>: a complex row of length {@code n} is a {@code
 *       double[2n]} with {@code re(k) = z[2k]} and {@code im(k) = z[2k+1]}, the memory layout of
 *       numpy {@code complex128} and of JTransforms; a complex 2-D array is {@code double[nx][2nt]}.
 *       {@link dev.fathom.dsp.ComplexArrays} converts and inspects them.
 *   <li><b>Units</b>: sample rates in Hz (or 1/m along depth), frequencies in the same unit;
 *       normalised frequencies are fractions of Nyquist as in scipy.
 *   <li><b>Threads</b>: heavy kernels take an explicit {@code threads} count and run row blocks on
 *       {@link dev.fathom.dsp.Parallel}'s bounded pool; everything else is single-threaded and
 *       thread-safe (no shared mutable state).
 * </ul>
 */
package dev.fathom.dsp;

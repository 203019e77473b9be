/**
 * IIR design and filtering with scipy.signal semantics: Butterworth (ba and sos), lfilter, lfilter_zi, sosfilt, sosfilt_zi, filtfilt and sosfiltfilt with scipy's padding rules.
 */
package dev.fathom.dsp.iir;

/**
 * Frequency-wavenumber and time-space tools of distpy: phase-velocity map and mask, dip filter, destripe, up/down-going wave separation.
 */
package dev.fathom.dsp.fk;

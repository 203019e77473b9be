/**
 * Synthetic DAS archives with known content, for demos, tests and benchmarks:
 * {@link dev.fathom.pipeline.synth.DasArchiveSynthesizer} writes SEG-Y files in distpy's DAS
 * layout and returns their {@link dev.fathom.pipeline.synth.DasArchiveTruth}.
 */
package dev.fathom.pipeline.synth;

/**
 * Main-class benchmarks (not tests): run with java -cp on the module jar and its dependencies.
 */
package dev.fathom.dsp.bench;

/**
 * {@code fathom collect}: distpy's second ingest. Per-chunk results (WITSML FBE files read by
 * {@link dev.fathom.pipeline.collect.FbeReader}, or {@code write_npy} arrays) found by
 * {@link dev.fathom.pipeline.collect.FolderScanner} are placed on a regular time axis
 * ({@link dev.fathom.pipeline.collect.Timeline}, NaN columns in gaps) and written, one group of
 * {@code BOX_SIZE} columns at a time, as {@code (nx, columns)} float64 arrays per curve
 * ({@link dev.fathom.pipeline.collect.FolderCollector},
 * {@link dev.fathom.pipeline.collect.CollectedLayout}); {@link dev.fathom.pipeline.collect.Collector}
 * runs it for a system config. See docs/collect.md.
 */
package dev.fathom.pipeline.collect;

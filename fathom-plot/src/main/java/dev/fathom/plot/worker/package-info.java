/**
 * distpy's plot worker: well_log, stack and rgb pictures of band files over depth and UTC time
 * with zones, fibre ends and events ({@link dev.fathom.plot.worker.PlotWorker}).
 */
package dev.fathom.plot.worker;

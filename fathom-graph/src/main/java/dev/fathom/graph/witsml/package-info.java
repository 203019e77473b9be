/** distpy's WITSML 1.3.1.1 "FBE" log files, byte for byte, with Python's float formatting. */
package dev.fathom.graph.witsml;

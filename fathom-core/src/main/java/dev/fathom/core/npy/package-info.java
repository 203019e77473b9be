/**
 * numpy {@code .npy} files: {@link dev.fathom.core.npy.Npy} reads and writes them,
 * {@link dev.fathom.core.npy.NpyArray} holds one array (dtype, shape, memory order, bytes) and
 * converts it to C-ordered Java arrays, {@link dev.fathom.core.npy.NpyHeader} describes a file
 * for reading parts of it by range.
 */
package dev.fathom.core.npy;

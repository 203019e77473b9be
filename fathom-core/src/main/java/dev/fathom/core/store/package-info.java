/**
 * Where outputs go: {@link dev.fathom.core.store.OutputStore}, a folder or an object-store prefix
 * written one whole output at a time ({@link dev.fathom.core.store.AtomicOutput}: nothing is
 * visible until it is complete). Stores are found by URI scheme through
 * {@link dev.fathom.core.store.OutputStoreProvider} and {@link java.util.ServiceLoader}; a plain
 * path or a {@code file:} URI is a local folder ({@link dev.fathom.core.store.FileOutputStore}).
 */
package dev.fathom.core.store;

package dev.fathom.pipeline.collect;

import java.util.Locale;

/** The two kinds of per-chunk result files the collector gathers. */
public enum ChunkKind {
  /** WITSML FBE written by {@code write_witsml} (extensions {@code fbe}, {@code dts}, {@code xml}, {@code witsml}). */
  WITSML,
  /** A {@code .npy} array written by {@code write_npy}: {@code (nx,)} or {@code (nx, k)}. */
  NPY;

  /** The kind of a file with extension {@code ext} (any case), or null when it is neither. */
  static ChunkKind ofExtension(String ext) {
    switch (ext.toLowerCase(Locale.ROOT)) {
      case "fbe":
      case "dts":
      case "xml":
      case "witsml":
        return WITSML;
      case "npy":
        return NPY;
      default:
        return null;
    }
  }
}

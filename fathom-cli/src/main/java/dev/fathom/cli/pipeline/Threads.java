package dev.fathom.cli.pipeline;

/** Splits the machine's cores between units in flight and threads inside one unit. */
final class Threads {
  private Threads() {}

  /** Threads per unit when {@code parallelUnits} run at once. */
  static int perUnit(int parallelUnits) {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, parallelUnits));
  }
}

package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.NdArray;

/** Checks on command inputs shared by the built-in commands; failures are {@link CommandException}s. */
final class Inputs {
  private Inputs() {}

  /** {@code a} when it is 2-D, else a CommandException naming what was expected. */
  static NdArray require2d(NdArray a, String what) {
    if (a.ndim() != 2) {
      throw new CommandException(what + " needs a 2-D (channels, time) input, got shape " + a.shapeString());
    }
    return a;
  }

  /** {@code a} when it is real, else a CommandException. */
  static NdArray requireReal(NdArray a, String what) {
    if (a.isComplex()) {
      throw new CommandException(what + " needs real input, got " + a.dtype().descr() + " (take real/abs first)");
    }
    return a;
  }

  /** The 2-D axis index (0 or 1) of a numpy axis argument ({@code -1} = 1). */
  static int axis2d(int axis, String what) {
    if (axis < -2 || axis > 1) {
      throw new CommandException(what + ": axis " + axis + " is out of range for a 2-D array");
    }
    return axis < 0 ? axis + 2 : axis;
  }
}

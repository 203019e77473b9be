package dev.fathom.graph.commands;

import dev.fathom.graph.CommandException;
import dev.fathom.graph.ExecutionContext;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NodeInputs;
import dev.fathom.graph.Params;

/**
 * distpy {@code velocity_map} (extra_numpy.vel_map, specs/distpy.md §2.4.2): the apparent phase
 * velocity {@code V[i,j] = f[j] / (k[i] + 1e-7)} (m/s) of each f-k bin of an input of the same
 * shape, with distpy's grid, kept because masks depend on it: frequencies
 * {@code linspace(0, prf/2, nt//2)} mirrored (not the FFT grid; odd nt leaves the middle column
 * 0), wavenumbers {@code linspace(0, 1/(2dx), nx//2)} mirrored, magnitudes only. Only the input's
 * shape is used. distpy fails on an odd number of channels (ValueError); here that is an error
 * naming the node. Computed by fathom-dsp's {@code fk.VelocityMap}.
 */
final class VelocityMap extends AbstractCommand {
  VelocityMap() {
    super("velocity_map", "apparent velocity f/k (m/s) of every f-k bin, distpy's grid; uses only the input's shape");
  }

  @Override
  public NdArray execute(NodeInputs in, Params p, ExecutionContext ctx) {
    NdArray a = Inputs.require2d(in.primary(), name());
    int nx = a.rows();
    int nt = a.cols();
    if (nx % 2 != 0) throw new CommandException("velocity_map needs an even number of channels, got " + nx);
    double[] x = ctx.xaxisValues();
    if (x.length < 2) throw new CommandException("velocity_map needs at least 2 channels for dx");
    double dx = Math.abs(x[1] - x[0]);
    return NdArray.fromRows(dev.fathom.dsp.fk.VelocityMap.map(nx, nt, dx, 1.0 / ctx.prf()));
  }
}

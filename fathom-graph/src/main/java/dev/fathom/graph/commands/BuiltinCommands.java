package dev.fathom.graph.commands;

import dev.fathom.graph.Command;
import dev.fathom.graph.CommandProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in commands: the 64 names of distpy's {@code pub_command_set.KnownCommands} and
 * {@code thumbnail} (specs/distpy.md §2.1). Registered in
 * {@code META-INF/services/dev.fathom.graph.CommandProvider}.
 */
public final class BuiltinCommands implements CommandProvider {
  @Override
  public List<Command> commands() {
    List<Command> all = new ArrayList<>(NdimageFilters.all());
    all.addAll(List.of(
        new PassThrough("NONE", "pass the input through unchanged"),
        new PassThrough("to_gpu", "no-op (distpy moves data to a GPU with cupy); passes the input through"),
        new PassThrough("from_gpu", "no-op (distpy moves data back from a GPU); passes the input through"),
        new PassThrough("copy", "the input (values are immutable, so a copy is the same value)"),
        new PassThrough("data", "pass the input through (distpy's internal loader node)"),
        new Unary("abs", "magnitude, element-wise (complex gives real)", ComplexParts::abs),
        new Unary("angle", "phase atan2(imag, real) in radians, element-wise", ComplexParts::angle),
        new Unary("conj", "complex conjugate, element-wise", ComplexParts::conj),
        new Unary("real", "real part, element-wise", ComplexParts::real),
        new LinTransform(),
        Threshold.soft(),
        Threshold.hard(),
        new BoundedSelect(),
        new Rescale(),
        new VirtualCmp(),
        new Add(),
        new Multiply(),
        new AxisReduction("sum", "sum along an axis, keeping it as length 1", AxisReduction.Kind.SUM),
        new AxisReduction("mean", "mean along an axis, keeping it as length 1", AxisReduction.Kind.MEAN),
        new AxisReduction("std_dev", "population standard deviation (ddof 0) along an axis, kept as length 1",
            AxisReduction.Kind.STD),
        new SkewKurtosis(true),
        new SkewKurtosis(false),
        new PowerMean(true),
        new PowerMean(false),
        new Argmax(),
        new PeakToPeak(),
        new ApproxVlf(),
        new Extract(),
        new Downsample(),
        new Roll(),
        new Diff(),
        new Gradient(),
        new Broaden(),
        new Gather(),
        new Clip(),
        new RunningMean(),
        new Unwrap(),
        new Macro(),
        new WriteNpy(),
        new DataLoad(),
        new Keras(),
        new Thumbnail(),
        FftCommand.forward(),
        FftCommand.inverse(),
        BandEnergyCommand.rms(),
        BandEnergyCommand.multiple(),
        new Butter(),
        new VelocityMap(),
        new VelocityMask(),
        new Deconvolve(),
        UpDownWave.up(),
        UpDownWave.down(),
        new Destripe(),
        new WriteWitsml(),
        new CountPeaks(),
        new AnalyticSignalCommand(),
        new KMeans()));
    return all;
  }
}

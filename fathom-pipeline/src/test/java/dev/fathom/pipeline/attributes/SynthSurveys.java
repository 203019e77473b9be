package dev.fathom.pipeline.attributes;

import dev.fathom.segy.SegyFile;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.synth.SurveySynthesizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Test surveys: {@link SurveySynthesizer} post-stack files (coordinates in cm with scalar -100)
 * with some traces zeroed (dead), and an independent per-trace reference of the attributes.
 */
public final class SynthSurveys {
  private SynthSurveys() {}

  /** Writes a survey of {@code il x xl} traces of {@code samples} samples at 2 ms, traces {@code dead} zeroed. */
  public static Path write(Path dir, SampleFormat format, int il, int xl, int samples, long... dead) {
    Path p = dir.resolve("survey-" + format.code() + "-" + il + "x" + xl + ".sgy");
    new SurveySynthesizer(il, xl, samples, 2000, 42).write(p, format, ByteOrder.BIG_ENDIAN, 1, null);
    try (SegyFile f = SegyFile.open(p.toString()); FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
      for (long t : dead) {
        ch.write(ByteBuffer.allocate((int) f.layout().sampleBytes()), f.layout().samplesOffset(t));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** sum(|x|)/n over trace {@code t}'s float32 samples, by a plain loop in double. */
  public static double meanAbs(SegyFile f, long t) {
    float[] x = f.trace(t);
    double s = 0;
    for (float v : x) s += Math.abs((double) v);
    return s / x.length;
  }
}

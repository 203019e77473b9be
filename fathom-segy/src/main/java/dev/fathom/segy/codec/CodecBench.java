package dev.fathom.segy.codec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Random;

/**
 * Single-threaded throughput of trace decoding and of the per-trace reduction, on an in-memory
 * image of a SEG-Y trace section (240-byte trace headers + samples) filled with random amplitudes.
 * Prints MB/s (10^6 bytes of the image per second, headers included, as a file scan counts them)
 * and the ratio to a bound measured in the same run: a bulk copy of the same bytes into a small
 * reused byte[] (what {@code cat FILE > /dev/null} does to page-cached data). Each figure is given
 * per wall-clock second and per CPU-second of the benchmark thread (the latter is the one to trust
 * on a shared machine, where other processes steal the core).
 *
 * <p>Not a test: run it by hand,
 *
 * <pre>java -cp fathom-segy/target/classes:fathom-core/target/classes \
 *   dev.fathom.segy.codec.CodecBench [seconds=3] [mb=256] [samples=1000] [order=big|little] \
 *   [formats=IEEE_FLOAT32,IBM_FLOAT32] [buffers=heap,direct]</pre>
 *
 * <p>All cases run in one JVM, as in a real process that meets both heap and direct buffers, so
 * that the JIT's type profiles are as mixed as they will be in use.
 */
public final class CodecBench {
  private static final int TRACE_HEADER = 240;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int WINDOWS = 5;

  private final ByteBuffer image;
  private final int traces;
  private final int samples;
  private final int stride;
  private final double seconds;

  /** Keeps results alive so that the JIT cannot drop the work. */
  private double sink;

  private CodecBench(ByteBuffer image, int bytesPerSample, int samples, double seconds) {
    this.image = image;
    this.samples = samples;
    this.stride = TRACE_HEADER + bytesPerSample * samples;
    this.traces = image.capacity() / stride;
    this.seconds = seconds;
  }

  public static void main(String[] args) {
    double seconds = 3;
    int mb = 256;
    int samples = 1000;
    ByteOrder order = ByteOrder.BIG_ENDIAN;
    String formats = "IEEE_FLOAT32,IBM_FLOAT32";
    String buffers = "heap,direct";
    for (String a : args) {
      String[] kv = a.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("expected key=value, got " + a);
      }
      switch (kv[0]) {
        case "seconds":
          seconds = Double.parseDouble(kv[1]);
          break;
        case "mb":
          mb = Integer.parseInt(kv[1]);
          break;
        case "samples":
          samples = Integer.parseInt(kv[1]);
          break;
        case "formats":
          formats = kv[1];
          break;
        case "buffers":
          buffers = kv[1];
          break;
        case "order":
          order = kv[1].startsWith("l") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
          break;
        default:
          throw new IllegalArgumentException("unknown option " + kv[0]);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "CodecBench: %d MB image, %d samples/trace + %d-byte headers, %s, %.1f s per case"
            + " (best of %d windows), Java %s, %d CPUs%n",
        mb,
        samples,
        TRACE_HEADER,
        order,
        seconds,
        WINDOWS,
        System.getProperty("java.vm.version"),
        Runtime.getRuntime().availableProcessors());
    for (String buffer : buffers.split(",")) {
      boolean direct = buffer.equals("direct");
      for (String name : formats.split(",")) {
        SampleFormat f = SampleFormat.valueOf(name);
        ByteBuffer image = image(f, order, (long) mb << 20, samples, direct);
        new CodecBench(image, f.bytesPerSample(), samples, seconds).run(f, order, direct);
      }
    }
  }

  private void run(SampleFormat f, ByteOrder order, boolean direct) {
    String where = (direct ? "direct" : "heap") + " " + f.name() + " " + shortName(order);
    double[] copy = measure(this::copyPass);
    double[] decode = measure(() -> decodePass(SampleDecoder.of(f, order), false));
    double[] stats = measure(() -> decodePass(SampleDecoder.of(f, order), true));
    System.out.printf(
        Locale.ROOT,
        "%-26s copy %6.0f | decode %6.0f (%.2f) | decode+stats %6.0f (%.2f)   MB per wall s%n"
            + "%-26s copy %6.0f | decode %6.0f (%.2f) | decode+stats %6.0f (%.2f)   MB per CPU s%n",
        where,
        copy[0],
        decode[0],
        decode[0] / copy[0],
        stats[0],
        stats[0] / copy[0],
        "",
        copy[1],
        decode[1],
        decode[1] / copy[1],
        stats[1],
        stats[1] / copy[1]);
  }

  private static String shortName(ByteOrder order) {
    return order == ByteOrder.BIG_ENDIAN ? "BE" : "LE";
  }

  /**
   * {MB per wall-clock second, MB per CPU-second} of repeated passes: after a warm-up of a third of
   * {@link #seconds}, the best of {@link #WINDOWS} windows of {@code seconds / WINDOWS} each (the
   * best window is the one least disturbed by other processes).
   */
  private double[] measure(Runnable pass) {
    long warmEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
    while (System.nanoTime() < warmEnd) {
      pass.run();
    }
    double bestWall = 0;
    double bestCpu = 0;
    for (int w = 0; w < WINDOWS; w++) {
      long bytes = 0;
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long end = start + (long) (seconds / WINDOWS * 1e9);
      long now;
      do {
        pass.run();
        bytes += (long) traces * stride;
        now = System.nanoTime();
      } while (now < end);
      long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
      bestWall = Math.max(bestWall, bytes / ((now - start) / 1e9) / 1e6);
      bestCpu = Math.max(bestCpu, bytes / (cpu / 1e9) / 1e6);
    }
    return new double[] {bestWall, bestCpu};
  }

  private void copyPass() {
    byte[] chunk = new byte[1 << 16];
    long size = (long) traces * stride;
    int x = 0;
    for (long p = 0; p < size; p += chunk.length) {
      int len = (int) Math.min(chunk.length, size - p);
      image.get((int) p, chunk, 0, len);
      x += chunk[len - 1];
    }
    sink += x;
  }

  private void decodePass(SampleDecoder decoder, boolean reduce) {
    float[] trace = new float[samples];
    TraceStats stats = new TraceStats();
    double total = 0;
    for (int t = 0; t < traces; t++) {
      decoder.decode(image, t * stride + TRACE_HEADER, trace, 0, samples);
      if (reduce) {
        total += stats.reset().add(trace, 0, samples).meanAbs();
      } else {
        total += trace[t % samples];
      }
    }
    sink += total;
  }

  /**
   * Traces of random amplitudes in format f, with zeroed headers: Gaussian with sigma 1000 for the
   * floating-point formats, uniform over the middle half of the range for the integer formats.
   */
  private static ByteBuffer image(
      SampleFormat f, ByteOrder order, long bytes, int samples, boolean direct) {
    int stride = TRACE_HEADER + f.bytesPerSample() * samples;
    int traces = (int) Math.min(bytes / stride, Integer.MAX_VALUE / stride);
    int size = traces * stride;
    ByteBuffer b = direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
    SampleEncoder encoder = SampleEncoder.of(f, order);
    Random random = new Random(42);
    float[] trace = new float[samples];
    for (int t = 0; t < traces; t++) {
      for (int i = 0; i < samples; i++) {
        trace[i] =
            f.isInteger()
                ? (float)
                    Math.rint(
                        f.minValue()
                            + 0.25 * (f.maxValueExclusive() - f.minValue())
                            + random.nextDouble() * 0.5 * (f.maxValueExclusive() - f.minValue()))
                : (float) (1000 * random.nextGaussian());
      }
      encoder.encode(trace, 0, samples, b, t * stride + TRACE_HEADER);
    }
    return b;
  }

  @Override
  public String toString() {
    return "CodecBench[sink=" + sink + "]";
  }
}

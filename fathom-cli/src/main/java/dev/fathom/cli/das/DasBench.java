package dev.fathom.cli.das;

import dev.fathom.cli.BenchTools;
import dev.fathom.core.ScratchFolders;
import dev.fathom.core.FathomException;
import dev.fathom.das.DasFile;
import dev.fathom.das.DasFiles;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fathom bench das [--size-mb 1024]}: writes a PRODML file of int16 samples uncompressed and
 * a gzip-compressed copy (both with jhdf's writer: contiguous, and chunked 1 s x all channels +
 * deflate level 1), then times {@link DasFile#readChannelMajor} over each whole file in 1-second
 * blocks of all channels (the way ingest reads) beside {@code cat FILE > /dev/null} of the same
 * file (page cache warm after the first pass) and, unless {@code --no-hyperslab}, beside the generic
 * path ({@link DasFile#readBlock} through jhdf's hyperslab reader, then converted and transposed);
 * interleaved per repeat, medians of {@code --repeat} runs, ratios to cat. The data repeats every
 * second (its 1000 distinct rows are shared by reference), so the samples cost no heap; jhdf's
 * writer (0.13 has no slab writing) itself holds up to about one encoded copy of the dataset:
 * {@code -Xmx} of about 1.25 x --size-mb (measured: 320m was enough for 256 MB, 64m was not; 2g for
 * the default 1024). The JVM's default heap (a quarter of the memory) is enough on most machines.
 */
@Command(
    name = "das",
    mixinStandardHelpOptions = true,
    description = {
      "Write a PRODML file (int16, 1024 channels, 1 kHz) of --size-mb uncompressed and a gzip (deflate 1) copy",
      "with jhdf's writer, then time readChannelMajor over each whole file in 1-second blocks of all channels",
      "beside `cat FILE > /dev/null` and the generic hyperslab path, interleaved. Prints medians, MB/s and",
      "ratios to cat, and process CPU seconds. jhdf's writer holds about one encoded copy of the dataset in memory:",
      "a heap of about 1.25 x --size-mb (e.g. FATHOM_JAVA_OPTS=-Xmx2g for the default 1024)."
    })
public final class DasBench implements Callable<Integer> {
  @Option(names = "--size-mb", defaultValue = "1024", description = "Uncompressed data size in MB (default ${DEFAULT-VALUE}).")
  int sizeMb;

  @Option(names = "--repeat", defaultValue = "3", description = "Repeats per measurement (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--dir", description = "Folder for the files (default: a temporary folder, deleted after).")
  Path dir;

  @Option(names = "--no-hyperslab", description = "Do not time the generic hyperslab path (readBlock, then convert and transpose).")
  boolean noHyperslab;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private static final int CHANNELS = 1024;
  private static final int RATE = 1000;

  @Override
  public Integer call() throws Exception {
    if (sizeMb < 1 || repeat < 1) throw new FathomException("fathom bench das", -1, "needs --size-mb >= 1 and --repeat >= 1");
    PrintWriter out = spec.commandLine().getOut();
    boolean temp = dir == null;
    Path d = temp ? Files.createTempDirectory("fathom-bench-das") : Files.createDirectories(dir);
    try {
      int nt = (int) Math.max(RATE, (long) sizeMb * 1_000_000 / (2L * CHANNELS));
      short[][] data = samples(nt);
      Path plain = d.resolve("bench-plain.h5");
      Path gzip = d.resolve("bench-gzip.h5");
      long w0 = System.nanoTime();
      write(plain, data, DatasetCreationOptions.DEFAULT);
      double wPlain = (System.nanoTime() - w0) / 1e9;
      w0 = System.nanoTime();
      write(gzip, data, DatasetCreationOptions.builder().chunkDimensions(RATE, CHANNELS).deflate(1).build());
      double wGzip = (System.nanoTime() - w0) / 1e9;
      double mb = 2.0 * nt * CHANNELS / 1e6;
      out.printf("PRODML int16 %d time samples x %d channels (%.1f MB of samples); written with jhdf %s%n", nt, CHANNELS, mb, "0.13.0");
      out.printf("  %s: %,d bytes, written in %.2f s (contiguous)%n", plain.getFileName(), Files.size(plain), wPlain);
      out.printf("  %s: %,d bytes, written in %.2f s (chunked %d x %d, deflate level 1)%n", gzip.getFileName(), Files.size(gzip), wGzip, RATE, CHANNELS);
      out.printf("  read in blocks of %d time samples x all channels; load average before: %s%n", RATE, loadAverage());
      out.printf("%-40s %10s %10s %10s %10s%n", "measurement", "median s", "MB/s", "vs cat", "CPU s");
      for (Path p : new Path[] {plain, gzip}) {
        double[] catS = new double[repeat];
        double[] readS = new double[repeat];
        double[] slabS = new double[repeat];
        double[] readCpu = new double[repeat];
        double[] slabCpu = new double[repeat];
        BenchTools.cat(p);
        double checksum = 0;
        double slabChecksum = 0;
        for (int r = 0; r < repeat; r++) {
          catS[r] = BenchTools.cat(p);
          long c0 = processCpuNanos();
          long t0 = System.nanoTime();
          checksum = readAll(p, false);
          readS[r] = (System.nanoTime() - t0) / 1e9;
          readCpu[r] = (processCpuNanos() - c0) / 1e9;
          if (!noHyperslab) {
            c0 = processCpuNanos();
            t0 = System.nanoTime();
            slabChecksum = readAll(p, true);
            slabS[r] = (System.nanoTime() - t0) / 1e9;
            slabCpu[r] = (processCpuNanos() - c0) / 1e9;
          }
        }
        double c = BenchTools.median(catS);
        double m = BenchTools.median(readS);
        long bytes = Files.size(p);
        out.printf("%-40s %10.3f %10.1f %10s %10s   (MB/s of file)%n", "cat " + p.getFileName(), c, bytes / c / 1e6, "1.00", "");
        out.printf("%-40s %10.3f %10.1f %10.2f %10.3f   (MB/s of samples; checksum %.6g)%n", "readChannelMajor " + p.getFileName(),
            m, mb / m, c / m, BenchTools.median(readCpu), checksum);
        if (!noHyperslab) {
          double h = BenchTools.median(slabS);
          out.printf("%-40s %10.3f %10.1f %10.2f %10.3f   (MB/s of samples; checksum %.6g)%n", "hyperslab path " + p.getFileName(),
              h, mb / h, c / h, BenchTools.median(slabCpu), slabChecksum);
        }
      }
      out.printf("(median of %d repeats, interleaved; vs cat = cat seconds / read seconds; CPU s = process CPU time, all"
          + " threads incl. GC; load average after: %s)%n", repeat, loadAverage());
      out.flush();
    } finally {
      if (temp) ScratchFolders.delete(d);
    }
    return 0;
  }

  /**
   * Every channel of the file in 1-second blocks, float32 channel-major: by readChannelMajor, or
   * with {@code hyperslab} by readBlock then convert and transpose (the generic path). Returns a
   * checksum so the work is not elided.
   */
  private static double readAll(Path p, boolean hyperslab) {
    double sum = 0;
    try (DasFile f = DasFiles.open(p)) {
      long n = f.info().nTime();
      int ch = f.info().nChannels();
      for (long t = 0; t < n; t += RATE) {
        int k = (int) Math.min(RATE, n - t);
        float[] block = hyperslab ? f.readBlock(t, k, 0, ch).transposeToFloat32(k, ch) : f.readChannelMajor(t, k, 0, ch);
        sum += block[0] + block[block.length - 1];
      }
    }
    return sum;
  }

  /**
   * Deterministic, partly compressible int16 samples: a slow wave per channel plus small noise,
   * repeating every second: the {@code RATE} distinct rows are shared by reference, so {@code nt}
   * rows cost only {@code nt} references.
   */
  private static short[][] samples(int nt) {
    short[][] distinct = new short[Math.min(nt, RATE)][CHANNELS];
    SplittableRandom rnd = new SplittableRandom(42);
    for (int t = 0; t < distinct.length; t++) {
      for (int c = 0; c < CHANNELS; c++) {
        distinct[t][c] = (short) (800 * Math.sin(2 * Math.PI * t / RATE * 3 + c * 0.05) + rnd.nextInt(-64, 64));
      }
    }
    short[][] a = new short[nt][];
    for (int t = 0; t < nt; t++) a[t] = distinct[t % distinct.length];
    return a;
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /** The 1, 5 and 15 minute load averages (Linux /proc/loadavg), or "?" elsewhere. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "?";
    }
  }

  private static void write(Path file, short[][] data, DatasetCreationOptions options) {
    int nt = data.length;
    long[] times = new long[nt];
    for (int t = 0; t < nt; t++) times[t] = 1_700_000_000_000_000L + t * (1_000_000L / RATE);
    try (WritableHdfFile f = HdfFile.write(file)) {
      WritableGroup acq = f.putGroup("Acquisition");
      acq.putAttribute("NumberOfLoci", (long) CHANNELS);
      acq.putAttribute("SpatialSamplingInterval", 1.0);
      acq.putAttribute("SpatialSamplingIntervalUnit", "m");
      acq.putAttribute("StartLocusIndex", 0L);
      acq.putAttribute("schemaVersion", "2.0");
      WritableGroup raw = acq.putGroup("Raw[0]");
      raw.putAttribute("RawDataUnit", "rad/(s.m)");
      WritableDataset d = raw.putDataset("RawData", data, options);
      d.putAttribute("Dimensions", "time, locus");
      WritableDataset td = raw.putDataset("RawDataTime", times);
      td.putAttribute("PartStartTime", "2023-11-14T22:13:20.000000+00:00");
      long endUs = (nt - 1) * (1_000_000L / RATE);
      td.putAttribute("PartEndTime", dev.fathom.das.DasTimes.format(1_700_000_000_000_000_000L + endUs * 1000));
    }
  }


}

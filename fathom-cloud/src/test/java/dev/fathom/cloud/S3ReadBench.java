package dev.fathom.cloud;

import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Benchmark (not a test): a sequential scan of one object on s3proxy over loopback (folder
 * store in a temporary folder) through {@link S3ByteSource}, for each range size and in-flight
 * count, beside {@code cat} of the same bytes from the local file (page cache warm). Reads are
 * {@link S3ByteSource#preferredReadSize()} bytes into one reused buffer, as segy scans do.
 *
 * <p>Arguments: {@code [SIZE_MB] [RANGES_MB] [IN_FLIGHT] [REPEATS]}, default
 * {@code 1024 1,4,8 1,2,4 1}. Command: docs/cloud.md.
 */
public final class S3ReadBench {
  private S3ReadBench() {}

  public static void main(String[] args) throws Exception {
    long size = (args.length > 0 ? Long.parseLong(args[0]) : 1024) << 20;
    int[] ranges = ints(args.length > 1 ? args[1] : "1,4,8");
    int[] inFlights = ints(args.length > 2 ? args[2] : "1,2,4");
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Path dir = Files.createTempDirectory("fathom-s3-bench");
    try {
      Path file = dir.resolve("object.bin");
      writeFile(file, size);
      Files.createDirectories(dir.resolve("store"));
      try (LocalS3 s3 = LocalS3.start(dir.resolve("store"), true)) {
        s3.createBucket("bench");
        long t0 = System.nanoTime();
        s3.client().putObject(b -> b.bucket("bench").key("object.bin"), RequestBody.fromFile(file));
        System.out.printf("object: %d MiB; upload (one PUT) %.1f s; %d processors; load average %.1f%n", size >> 20,
            (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(),
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        cat(file);
        List<Double> cat = new ArrayList<>();
        for (int r = 0; r < repeats; r++) cat.add(cat(file));
        System.out.printf("%-28s %8.2f s %8.0f MB/s%n", "cat FILE > /dev/null", best(cat), size / best(cat) / 1e6);
        for (int mb : ranges) {
          for (int k : inFlights) {
            S3Settings settings = s3.settings().withRanges(mb << 20, k).withPatience(java.time.Duration.ofSeconds(60), 6,
                java.time.Duration.ofMillis(200));
            List<Double> times = new ArrayList<>();
            long gets = 0;
            for (int r = 0; r < repeats; r++) {
              try (S3ByteSource s = S3ByteSource.open(URI.create("s3://bench/object.bin"), settings)) {
                times.add(scan(s));
                gets = s.requests();
              }
            }
            System.out.printf("%-28s %8.2f s %8.0f MB/s  (%d GETs)%n", "s3 range " + mb + " MiB, " + k + " in flight",
                best(times), size / best(times) / 1e6, gets);
          }
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double scan(S3ByteSource s) {
    ByteBuffer buf = ByteBuffer.allocate(s.preferredReadSize());
    long t0 = System.nanoTime();
    long sum = 0;
    for (long pos = 0; pos < s.size(); pos += buf.capacity()) {
      buf.clear().limit((int) Math.min(buf.capacity(), s.size() - pos));
      s.readFully(pos, buf);
      sum += buf.get(0);
    }
    double t = (System.nanoTime() - t0) / 1e9;
    if (sum == Long.MIN_VALUE) System.out.println(sum); // keep the reads
    return t;
  }

  private static double cat(Path file) throws Exception {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder("cat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) throw new IllegalStateException("cat failed");
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void writeFile(Path file, long size) throws Exception {
    byte[] block = new byte[1 << 20];
    SplittableRandom rnd = new SplittableRandom(1);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long done = 0; done < size; done += block.length) {
        rnd.nextBytes(block);
        out.write(block, 0, (int) Math.min(block.length, size - done));
      }
    }
  }

  private static double best(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static int[] ints(String csv) {
    return java.util.Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
  }
}

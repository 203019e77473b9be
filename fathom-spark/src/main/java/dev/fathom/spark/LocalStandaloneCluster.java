package dev.fathom.spark;

import dev.fathom.core.ScratchFolders;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Spark standalone cluster on 127.0.0.1, for tests, benchmarks and trying the cluster path on one
 * machine ({@code --master standalone[N]}): a Master and N Workers, each a separate JVM started from
 * this JVM's classpath, no Spark distribution needed: a SPARK_HOME in {@code dir} whose jars/ links
 * the classpath jars, SPARK_SCALA_VERSION=2.13, SPARK_LOCAL_IP=127.0.0.1 (shared notes,
 * spark-cluster.md). Free ports are picked first. Workers have 1 core and {@code workerMemory}
 * each; Master and Workers run with 256 MB heaps. Every scratch folder (the Workers' work
 * folders, the executors' local folders through SPARK_LOCAL_DIRS) is under {@code dir}, not in
 * /tmp. {@link #close} stops every JVM it started, and their executors, by process handle, and
 * deletes that scratch (an executor killed mid-job cannot clean up after itself); with
 * {@code ownsDir}, the whole folder.
 */
public final class LocalStandaloneCluster implements AutoCloseable {
  private final List<Process> processes = new ArrayList<>();
  private final List<Process> workers = new ArrayList<>();
  private final Path home;
  private final Path dir;
  private final boolean ownsDir;
  /** Start attempt, 1 or 2 (its logs are kept apart). */
  private int attempt;
  private int masterPort;
  private int masterUiPort;

  /**
   * Starts the cluster and waits (60 s at most) until every Worker has registered.
   *
   * @param dir a folder for SPARK_HOME, logs and the Workers' work folders
   * @param workerMemory memory each Worker offers, Spark syntax ({@code 1g})
   */
  public LocalStandaloneCluster(Path dir, int workerCount, String workerMemory) throws Exception {
    this(dir, workerCount, workerMemory, false);
  }

  /**
   * As {@link #LocalStandaloneCluster(Path, int, String)}; with {@code ownsDir} the folder is
   * deleted on {@link #close} (kept, with its logs, when the cluster failed to start).
   */
  public LocalStandaloneCluster(Path dir, int workerCount, String workerMemory, boolean ownsDir) throws Exception {
    this.dir = dir;
    this.ownsDir = ownsDir;
    home = dir.resolve("sparkhome");
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Paths.get(e);
      if (e.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
      }
    }
    // Ports are picked free, then bound by other JVMs moments later: one may be taken meanwhile.
    // The daemons run with spark.port.maxRetries=0, so a clash makes one exit at once (instead of
    // binding the next port, where nobody looks); the start is then tried once more on new ports.
    for (attempt = 1; ; attempt++) {
      try {
        startAll(workerCount, workerMemory);
        return;
      } catch (DaemonExited e) {
        stop();
        if (attempt == 2) throw e;
      } catch (Exception e) {
        stop();
        throw e;
      }
    }
  }

  private void startAll(int workerCount, String workerMemory) throws Exception {
    java.util.Iterator<Integer> ports = freePorts(2 + 2 * workerCount).iterator();
    masterPort = ports.next();
    masterUiPort = ports.next();
    start("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + masterPort,
        "--webui-port", "" + masterUiPort);
    for (int w = 0; w < workerCount; w++) {
      workers.add(start("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--port", "" + ports.next(),
          "--cores", "1", "--memory", workerMemory, "--webui-port", "" + ports.next(), "--work-dir",
          home.resolve("work").toString(), masterUrl()));
    }
    awaitWorkers(workerCount);
  }

  /** {@code spark://127.0.0.1:PORT}. */
  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  private Process start(String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Dspark.port.maxRetries=0", "-cp", home.resolve("jars") + "/*", mainClass));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(home.resolve(mainClass.substring(mainClass.lastIndexOf('.') + 1) + "-" + processes.size() + (attempt > 1 ? "-attempt" + attempt : "") + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("SPARK_LOCAL_DIRS", home.resolve("local").toString());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  /** Waits until the Master's status page lists {@code n} alive workers (60 s at most). */
  private void awaitWorkers(int n) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + masterUiPort + "/json/").toURL().openConnection();
        String json = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (json.contains("\"aliveworkers\" : " + n) || json.contains("\"aliveworkers\":" + n)) return;
      } catch (IOException notYet) {
        // master still starting
      }
      for (Process p : processes) {
        if (!p.isAlive()) throw new DaemonExited("a Spark JVM exited: " + p.info() + "; logs in " + home);
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("workers did not register in 60 s; logs in " + home);
  }

  /** The executor JVMs running now (children of the Workers). */
  public List<ProcessHandle> executors() {
    List<ProcessHandle> out = new ArrayList<>();
    for (Process w : workers) {
      w.descendants().filter(h -> h.info().commandLine().map(c -> c.contains("CoarseGrainedExecutorBackend")).orElse(false))
          .forEach(out::add);
    }
    return out;
  }

  public Optional<ProcessHandle> anyExecutor() {
    return executors().stream().findFirst();
  }

  /** A Master or Worker JVM exited while starting (e.g. its port was taken meanwhile). */
  private static final class DaemonExited extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    DaemonExited(String message) {
      super(message);
    }
  }

  /** {@code n} distinct ports free now (all held open together while picked). */
  private static List<Integer> freePorts(int n) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0);
        held.add(s);
        ports.add(s.getLocalPort());
      }
      return ports;
    } finally {
      for (ServerSocket s : held) s.close();
    }
  }

  @Override
  public void close() {
    stop();
    ScratchFolders.delete(ownsDir ? dir : home.resolve("local"));
    if (!ownsDir) ScratchFolders.delete(home.resolve("work"));
  }

  /** Stops every JVM started, and their executors. */
  private void stop() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : processes) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
    workers.clear();
  }
}

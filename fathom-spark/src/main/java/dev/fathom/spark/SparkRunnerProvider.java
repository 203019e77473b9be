package dev.fathom.spark;

import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.RunnerProvider;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;

/**
 * {@code --engine spark}: a {@link SparkRunner} on {@code --master} ({@code local[N]},
 * {@code spark://host:port}, {@code yarn}, ...; {@code local[*]} by default), or
 * {@code standalone[N]}: a standalone Master and N one-core Workers of 1 GB started on this machine
 * for the run ({@link LocalStandaloneCluster}) and stopped with the runner.
 *
 * <p>Settings: every {@code spark.*} system property is passed to Spark (SparkConf reads them);
 * application jars are taken from the classpath ({@link ApplicationJars}), or from the system
 * property {@code fathom.spark.jars} (comma-separated) when set; {@code fathom.spark.jarsOnWorkers=true}
 * (or environment {@code FATHOM_SPARK_JARS_ON_WORKERS=1}) names them {@code local:} (same paths on
 * every worker: nothing copied). When the master is on the loopback address (or local), the
 * driver binds to 127.0.0.1 too. Object-store settings are forwarded to the executors
 * ({@link #forwardToExecutors}).
 */
public final class SparkRunnerProvider implements RunnerProvider {
  /** {@code standalone[N]}: a Master and N one-core Workers started here ({@link LocalStandaloneCluster}). */
  private static final Pattern STANDALONE = Pattern.compile("standalone\\[(\\d+)]");

  @Override
  public String engine() {
    return "spark";
  }

  @Override
  public Runner create(String master) {
    String m = master == null ? "local[*]" : master;
    Matcher standalone = STANDALONE.matcher(m);
    if (!standalone.matches()) return new SparkRunner(sizeExecutorJvms(conf(m, "fathom")));
    LocalStandaloneCluster cluster = null;
    try {
      Path dir = Files.createTempDirectory("fathom-standalone");
      cluster = new LocalStandaloneCluster(dir, Integer.parseInt(standalone.group(1)), "1g", true);
      System.setProperty("fathom.spark.jarsOnWorkers", "true");
      // the Workers offer 1 core each: one 1-core executor per Worker
      return new SparkRunner(sizeExecutorJvms(conf(cluster.masterUrl(), "fathom").setIfMissing("spark.executor.cores", "1")), cluster);
    } catch (Exception e) {
      if (cluster != null) cluster.close();
      throw new IllegalStateException("cannot start a standalone cluster: " + e, e);
    }
  }

  /**
   * On a cluster, an executor given {@code spark.executor.cores} = C runs with {@code
   * -XX:ActiveProcessorCount=C} (unless spark.executor.extraJavaOptions is set): its JVM then sizes
   * its GC and JIT-compiler threads, and picks its collector, for the cores it was given rather than
   * for every core of a machine it shares with other executors, as it would in a container of C
   * cores. Measured on {@code standalone[2]} (two 1-core executors on 2 cores): see
   * docs/benchmarks.md.
   */
  static SparkConf sizeExecutorJvms(SparkConf conf) {
    if (!conf.get("spark.master").startsWith("local") && conf.contains("spark.executor.cores")
        && !conf.contains("spark.executor.extraJavaOptions")) {
      conf.set("spark.executor.extraJavaOptions", "-XX:ActiveProcessorCount=" + conf.get("spark.executor.cores").trim());
    }
    return conf;
  }

  /** The configuration {@link #create} uses. */
  public static SparkConf conf(String master, String appName) {
    SparkConf conf = new SparkConf().setMaster(master).setAppName(appName)
        .set("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"));
    if (isLoopback(master)) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    // a unit's result (a bundle's rows: ~2 MB for 256 MB of traces) goes back in the task's status
    // message rather than through the executor's block manager and a second fetch (above 1 MB, Spark's default)
    conf.setIfMissing("spark.task.maxDirectResultSize", "32m");
    forwardToExecutors(conf);
    if (!master.startsWith("local")) {
      String given = System.getProperty("fathom.spark.jars");
      boolean onWorkers = Boolean.getBoolean("fathom.spark.jarsOnWorkers")
          || "1".equals(System.getenv("FATHOM_SPARK_JARS_ON_WORKERS"));
      List<String> jars = given != null ? List.of(given.split(","))
          : ApplicationJars.of(System.getProperty("java.class.path"), onWorkers);
      conf.setJars(jars.toArray(String[]::new));
    }
    return conf;
  }

  /**
   * Passes this driver's object-store settings to executor JVMs (spark.executorEnv): the
   * {@code FATHOM_S3_*} settings (system property or environment) and AWS's credential and region
   * variables when set, so that s3:// sources open the same way on every executor.
   */
  private static void forwardToExecutors(SparkConf conf) {
    for (String name : List.of("FATHOM_S3_ENDPOINT", "FATHOM_S3_RANGE_MB", "FATHOM_S3_IN_FLIGHT", "FATHOM_S3_PART_MB",
        "FATHOM_S3_TIMEOUT_SECONDS", "FATHOM_S3_RETRIES", "FATHOM_S3_ANONYMOUS", "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE")) {
      String v = System.getProperty(name, System.getenv(name));
      if (v != null) conf.setIfMissing("spark.executorEnv." + name, v);
    }
  }

  private static boolean isLoopback(String master) {
    if (master.startsWith("local")) return true;
    try {
      String host = URI.create(master.replaceFirst(",.*", "")).getHost();
      return host != null && InetAddress.getByName(host).isLoopbackAddress();
    } catch (Exception e) {
      return false;
    }
  }
}

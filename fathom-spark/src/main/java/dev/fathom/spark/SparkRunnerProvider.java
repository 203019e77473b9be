package dev.fathom.spark;

import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.RunnerProvider;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.apache.spark.SparkConf;

/**
 * {@code --engine spark}: a {@link SparkRunner} on {@code --master} ({@code local[N]},
 * {@code spark://host:port}, {@code yarn}, ...; {@code local[*]} by default).
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
  @Override
  public String engine() {
    return "spark";
  }

  @Override
  public Runner create(String master) {
    return new SparkRunner(conf(master == null ? "local[*]" : master, "fathom"));
  }

  /** The configuration {@link #create} uses. */
  public static SparkConf conf(String master, String appName) {
    SparkConf conf = new SparkConf().setMaster(master).setAppName(appName)
        .set("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"));
    if (isLoopback(master)) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
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

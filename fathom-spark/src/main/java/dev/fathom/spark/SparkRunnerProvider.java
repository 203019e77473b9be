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
 * driver binds to 127.0.0.1 too.
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

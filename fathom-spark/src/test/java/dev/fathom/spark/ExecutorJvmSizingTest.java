package dev.fathom.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Executors given C cores run with -XX:ActiveProcessorCount=C unless the user chose JVM options. */
class ExecutorJvmSizingTest {
  private static SparkConf conf(String master) {
    return new SparkConf(false).setMaster(master).setAppName("t");
  }

  @Test
  void clusterExecutorsSeeTheirCores() {
    SparkConf c = SparkRunnerProvider.sizeExecutorJvms(conf("spark://h:7077").set("spark.executor.cores", "3"));
    assertEquals("-XX:ActiveProcessorCount=3", c.get("spark.executor.extraJavaOptions"));
  }

  @Test
  void userJvmOptionsAreKept() {
    SparkConf c = SparkRunnerProvider.sizeExecutorJvms(conf("spark://h:7077").set("spark.executor.cores", "3")
        .set("spark.executor.extraJavaOptions", "-XX:+UseSerialGC"));
    assertEquals("-XX:+UseSerialGC", c.get("spark.executor.extraJavaOptions"));
  }

  @Test
  void nothingWithoutExecutorCoresOrInLocalMode() {
    assertFalse(SparkRunnerProvider.sizeExecutorJvms(conf("spark://h:7077")).contains("spark.executor.extraJavaOptions"));
    assertFalse(SparkRunnerProvider.sizeExecutorJvms(conf("local[2]").set("spark.executor.cores", "2"))
        .contains("spark.executor.extraJavaOptions"));
  }
}

package dev.fathom.spark;

import dev.fathom.pipeline.run.Job;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.Runner;
import dev.fathom.pipeline.run.UnitResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Runs a job's units as Spark tasks: the planned units become an RDD with one unit per partition
 * (one unit per task), each task runs {@link LocalRunner#runOne} (the very function the local
 * runner runs, so failures are reported the same way), and the results are collected to the
 * driver in plan order. Progress comes from a {@link SparkListener} on the driver: each partition
 * counts once, when its first task attempt succeeds. A task whose executor dies is re-run by
 * Spark (up to {@code spark.task.maxFailures}, 4 by default).
 *
 * <p>The job and its units are Java-serialised to the executors; what a unit returns comes back
 * the same way, so it should be small.
 */
public final class SparkRunner implements Runner, AutoCloseable {
  private final JavaSparkContext sc;
  private final AutoCloseable cluster;
  private final boolean owned;

  /** A runner on a new Spark context made from {@code conf}. */
  public SparkRunner(SparkConf conf) {
    this(conf, null);
  }

  /** A runner that also closes {@code cluster} (a cluster it started) when closed; null for none. */
  public SparkRunner(SparkConf conf, AutoCloseable cluster) {
    this.sc = new JavaSparkContext(conf);
    this.cluster = cluster;
    this.owned = true;
    sc.setLogLevel("WARN");
  }

  private SparkRunner(JavaSparkContext existing) {
    this.sc = existing;
    this.cluster = null;
    this.owned = false;
  }

  /**
   * A runner on a Spark context that already exists (a notebook's, Databricks'); {@link #close}
   * leaves it running.
   */
  public static SparkRunner on(org.apache.spark.SparkContext existing) {
    return new SparkRunner(JavaSparkContext.fromSparkContext(existing));
  }

  /** The Spark context (for tests and callers that need the cluster). */
  public JavaSparkContext context() {
    return sc;
  }

  @Override
  public String engine() {
    return "spark " + sc.master();
  }

  /** One unit and its position in the plan: an RDD element. */
  private record Indexed<U>(int index, U unit) implements Serializable {}

  @Override
  public <U extends Serializable, R extends Serializable> List<UnitResult<R>> run(Job<U, R> job, RunListener listener) {
    List<U> units = job.plan();
    List<Indexed<U>> indexed = new ArrayList<>(units.size());
    long total = 0;
    for (int i = 0; i < units.size(); i++) {
      indexed.add(new Indexed<>(i, units.get(i)));
      total += job.inputBytes(units.get(i));
    }
    listener.started(job.name(), units.size(), total);
    if (units.isEmpty()) return List.of();
    Progress<U> progress = new Progress<>(job, units, listener);
    sc.sc().addSparkListener(progress);
    try {
      List<UnitResult<R>> results = sc.parallelize(indexed, indexed.size())
          .map(iu -> LocalRunner.runOne(job, iu.index(), iu.unit()))
          .collect();
      progress.finish(results);
      return results;
    } finally {
      sc.sc().removeSparkListener(progress);
    }
  }

  /**
   * Reports each partition exactly once: when a task of it first succeeds, or, for task-end events
   * the listener bus has not delivered by the time the job's results are back, from those results.
   * Reports are made under one lock, so every report is made before {@link #run} returns.
   */
  private static final class Progress<U extends Serializable> extends SparkListener {
    private final Job<U, ?> job;
    private final List<U> units;
    private final RunListener listener;
    private final BitSet done = new BitSet();
    private boolean finished;

    Progress(Job<U, ?> job, List<U> units, RunListener listener) {
      this.job = job;
      this.units = units;
      this.listener = listener;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (!end.taskInfo().successful()) return;
      int p = end.taskInfo().partitionId();
      if (p < 0 || p >= units.size()) return;
      report(p, end.taskInfo().duration() / 1000.0);
    }

    /** Reports the partitions whose task-end events are still on the listener bus; later events are ignored. */
    void finish(List<? extends UnitResult<?>> results) {
      synchronized (done) {
        for (UnitResult<?> r : results) report(r.index(), r.seconds());
        finished = true;
      }
    }

    private void report(int p, double seconds) {
      synchronized (done) {
        if (finished || done.get(p)) return;
        done.set(p);
        U unit = units.get(p);
        listener.unitDone(new UnitResult<>(p, job.describe(unit), null, null, seconds), job.inputBytes(unit));
      }
    }
  }

  @Override
  public void close() {
    try {
      if (owned) sc.stop();
    } finally {
      if (cluster != null) {
        try {
          cluster.close();
        } catch (Exception e) {
          throw new IllegalStateException("cannot stop the cluster: " + e, e);
        }
      }
    }
  }
}

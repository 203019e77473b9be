package dev.fathom.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on a terminal (done/total, MB/s, ETA, redrawn in place on stderr) and plain log
 * lines every few seconds otherwise, so piped output stays readable.
 */
public final class Progress implements AutoCloseable {
  private final String label;
  private final long total;
  private final double bytesPerUnit;
  private final PrintStream err = System.err;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private long lastPrint;
  private long done;

  /**
   * @param label what is being done
   * @param total units of work (traces, chunks)
   * @param bytesPerUnit bytes per unit, for MB/s (0 to omit)
   */
  public Progress(String label, long total, double bytesPerUnit) {
    this.label = label;
    this.total = total;
    this.bytesPerUnit = bytesPerUnit;
  }

  /** Reports that {@code done} units are finished. */
  public synchronized void update(long done) {
    this.done = done;
    long now = System.nanoTime();
    long every = terminal ? 200_000_000L : 5_000_000_000L;
    if (now - lastPrint >= every || done >= total) {
      lastPrint = now;
      print(now);
    }
  }

  private void print(long now) {
    double s = Math.max(1e-9, (now - start) / 1e9);
    double frac = total == 0 ? 1 : (double) done / total;
    StringBuilder b = new StringBuilder();
    b.append(label).append(' ');
    if (terminal) {
      int width = 30;
      int fill = (int) Math.round(frac * width);
      b.append('[').append("#".repeat(fill)).append(" ".repeat(width - fill)).append("] ");
    }
    b.append(done).append('/').append(total);
    if (bytesPerUnit > 0) b.append(String.format(Locale.ROOT, "  %.0f MB/s", done * bytesPerUnit / s / 1e6));
    if (done > 0 && done < total) b.append(String.format(Locale.ROOT, "  ETA %.0f s", s / frac - s));
    if (terminal) {
      err.print("\r" + b + "   ");
      if (done >= total) err.println();
    } else {
      err.println(b);
    }
    err.flush();
  }

  @Override
  public void close() {
    if (terminal && done < total) err.println();
  }
}

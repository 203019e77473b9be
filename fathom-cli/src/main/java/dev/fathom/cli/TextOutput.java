package dev.fathom.cli;

import dev.fathom.core.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes text to a file atomically (temporary name, then rename), or to standard output. */
public final class TextOutput {
  private TextOutput() {}

  /** Something that prints text. */
  @FunctionalInterface
  public interface Body {
    void print(PrintWriter out) throws IOException;
  }

  /** Writes to {@code file} atomically, or to standard output when {@code file} is null. */
  public static void write(Path file, Body body) {
    if (file == null) {
      PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
      try {
        body.print(out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      out.flush();
      return;
    }
    AtomicFiles.write(file, ch -> {
      Writer w = Channels.newWriter(ch, StandardCharsets.UTF_8);
      PrintWriter out = new PrintWriter(w, false);
      body.print(out);
      out.flush();
    });
  }
}

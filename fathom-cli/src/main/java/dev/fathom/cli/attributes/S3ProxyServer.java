package dev.fathom.cli.attributes;

import dev.fathom.core.FathomException;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * An s3proxy server for the attributes benchmark: a separate JVM on 127.0.0.1 (its CPU is not the
 * benchmark's), anonymous access, a filesystem blob store whose one bucket {@code bench} holds the
 * benchmark file as a hard link (no copy). Its classpath comes from the system property {@code
 * fathom.s3proxy.classpath}, which {@code ./fathom} sets from bench/s3proxy/pom.xml when
 * {@code --s3proxy} is given; it logs at WARN (without a configuration s3proxy logs every wire byte
 * at DEBUG: shared notes, dependencies.md). {@link #close} stops the JVM.
 */
final class S3ProxyServer implements AutoCloseable {
  static final String CLASSPATH_PROPERTY = "fathom.s3proxy.classpath";
  private static final String BUCKET = "bench";

  private final Process process;
  /** Stops the server if this JVM ends without {@link #close} (Ctrl-C). */
  private final Thread stopOnExit;
  private final String endpoint;
  private final String uri;

  /**
   * Serves {@code file} as {@code s3://bench/NAME}, with the blob store under {@code dir/s3} (same
   * file system as {@code file}, for the hard link); waits up to 60 s for the server.
   */
  S3ProxyServer(Path file, Path dir) throws IOException, InterruptedException {
    String cp = System.getProperty(CLASSPATH_PROPERTY);
    if (cp == null || cp.isBlank()) {
      throw new FathomException("--s3proxy", FathomException.NO_OFFSET,
          "needs the s3proxy classpath: run through ./fathom, which resolves it (bench/s3proxy/pom.xml)");
    }
    Path base = dir.toAbsolutePath().resolve("s3");
    Path object = Files.createDirectories(base.resolve(BUCKET)).resolve(file.getFileName().toString());
    if (!Files.exists(object) || !Files.isSameFile(object, file)) {
      Files.deleteIfExists(object);
      Files.createLink(object, file.toAbsolutePath());
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    endpoint = "http://127.0.0.1:" + port;
    uri = "s3://" + BUCKET + "/" + file.getFileName();
    Path props = base.resolve("s3proxy.conf");
    Files.writeString(props, String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=none",
        "jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + base, ""));
    Path logback = base.resolve("logback.xml");
    Files.writeString(logback, "<configuration><appender name=\"E\" class=\"ch.qos.logback.core.ConsoleAppender\">"
        + "<target>System.err</target><encoder><pattern>%d %-5level %logger - %msg%n</pattern></encoder></appender>"
        + "<root level=\"WARN\"><appender-ref ref=\"E\"/></root></configuration>\n");
    Path log = base.resolve("s3proxy.log");
    process = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dlogback.configurationFile=" + logback, "-cp", cp, "org.gaul.s3proxy.Main", "--properties", props.toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    stopOnExit = new Thread(process::destroyForcibly, "stop s3proxy");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      awaitObject(log);
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** {@code http://127.0.0.1:PORT}, for FATHOM_S3_ENDPOINT. */
  String endpoint() {
    return endpoint;
  }

  /** The file's URI, {@code s3://bench/NAME}. */
  String uri() {
    return uri;
  }

  /** Waits until a HEAD of the object answers 200. */
  private void awaitObject(Path log) throws IOException, InterruptedException {
    URI head = URI.create(endpoint + "/" + uri.substring("s3://".length()));
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("s3proxy exited (" + process.exitValue() + "): " + tail(log));
      }
      try {
        HttpURLConnection c = (HttpURLConnection) head.toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(1000);
        c.setRequestMethod("HEAD");
        try {
          if (c.getResponseCode() == 200) return;
        } finally {
          c.disconnect();
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IOException("s3proxy did not serve " + uri + " within 60 s: " + tail(log));
  }

  private static String tail(Path log) throws IOException {
    String s = new String(Files.readAllBytes(log), StandardCharsets.UTF_8); // malformed bytes replaced, not thrown
    return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}

package dev.fathom.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars executors need besides Spark's own, for {@link org.apache.spark.SparkConf#setJars}:
 * every entry of a classpath except the jars that sit in a folder holding {@code spark-core_*.jar}
 * (a Spark lib folder: Spark's own dependencies, which executors have), fathom jars always
 * included. Class folders (a build's {@code target/classes}) are packed into temporary jars. A jar
 * name seen twice (the CLI's and fathom-spark's lib folders both hold the fathom jars) is shipped
 * once, the first on the classpath — the one this JVM loads — since executors fetch jars by file
 * name into one folder and refuse a second, different file of the same name.
 *
 * <p>With {@code onWorkers} (the workers see the driver's files at the same paths: one machine,
 * or a shared file system) the jars are named {@code local:/path} and nothing is copied;
 * otherwise executors fetch each jar from the driver.
 */
public final class ApplicationJars {
  private ApplicationJars() {}

  /** The jars of {@code classpath} (path-separator separated) to ship. */
  public static List<String> of(String classpath, boolean onWorkers) {
    List<Path> entries = new ArrayList<>();
    Set<Path> sparkFolders = new HashSet<>();
    for (String s : classpath.split(java.io.File.pathSeparator)) {
      if (s.isBlank()) continue;
      Path p = Paths.get(s).toAbsolutePath().normalize();
      if (!Files.exists(p)) continue;
      entries.add(p);
      String name = p.getFileName().toString();
      if (name.startsWith("spark-core_") && name.endsWith(".jar")) sparkFolders.add(p.getParent());
    }
    List<String> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (!Files.isDirectory(p) && !names.add(name)) continue;
      Path jar;
      if (Files.isDirectory(p)) {
        jar = packFolder(p);
      } else if (name.endsWith(".jar") && (name.startsWith("fathom-") || !sparkFolders.contains(p.getParent()))) {
        jar = p;
      } else {
        continue;
      }
      out.add(onWorkers ? "local:" + jar : jar.toString());
    }
    return out;
  }

  /** A temporary jar (deleted on exit) with the files of a class folder. */
  static Path packFolder(Path folder) {
    try {
      Path jar = Files.createTempFile("fathom-classes-", ".jar");
      jar.toFile().deleteOnExit();
      try (OutputStream os = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(os);
          Stream<Path> files = Files.walk(folder)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace('\\', '/')));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack " + folder + " into a jar", e);
    }
  }
}

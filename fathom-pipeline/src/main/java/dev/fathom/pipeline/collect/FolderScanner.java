package dev.fathom.pipeline.collect;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.core.SourceAccessException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the folders to collect under a results folder (distpy's {@code parallel_ingest_witsml},
 * spec distpy.md §3.6.3): every folder at any depth, the results folder itself included, except
 * folders named {@code png}, hidden folders, and the output folder when it lies inside the input
 * folder. A folder is a unit when it holds chunk files {@code <unixtime>.<ext>} directly; its
 * sub-folders are units of their own (distpy collects every folder recursively, so a parent
 * folder's job also swallowed its children's files).
 *
 * <p>In a folder, {@code measured_depth.npy} is the depth axis and {@code time.npy} a time axis:
 * neither is a chunk. Any other file whose name is not an integer unix time with a known
 * extension is ignored and listed in {@link Scan#ignored()}. Chunk files are sorted by their
 * integer time, numerically ({@code 999999999} before {@code 1000000000}; distpy sorts the path
 * strings).
 */
public final class FolderScanner {
  /** The file beside {@code .npy} chunks giving their depth axis. */
  public static final String DEPTH_AXIS = "measured_depth.npy";
  /** The file beside {@code .npy} chunks giving their time axis (ignored). */
  public static final String TIME_AXIS = "time.npy";

  private FolderScanner() {}

  /**
   * What was found.
   *
   * @param folders the units, in path order
   * @param ignored files that are neither chunks nor axes, one line each
   */
  public record Scan(List<FolderPlan> folders, List<String> ignored) {}

  /** Scans {@code in}; outputs of folder {@code r} go to {@code out/r}. */
  public static Scan scan(Path in, Path out) {
    Path root = in.toAbsolutePath().normalize();
    Path outRoot = out.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new SourceAccessException(in.toString(), FathomException.NO_OFFSET, "no such folder to collect");
    }
    List<FolderPlan> folders = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(root) && (skipped(dir) || dir.startsWith(outRoot))) return FileVisitResult.SKIP_SUBTREE;
          FolderPlan plan = plan(root, dir, outRoot, ignored);
          if (plan != null) folders.add(plan);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new SourceAccessException(in.toString(), FathomException.NO_OFFSET, "cannot list: " + e.getMessage(), e);
    }
    folders.sort(Comparator.comparing(FolderPlan::relative));
    return new Scan(List.copyOf(folders), List.copyOf(ignored));
  }

  private static boolean skipped(Path dir) {
    String name = dir.getFileName().toString();
    return name.equals("png") || name.startsWith(".");
  }

  private static FolderPlan plan(Path root, Path dir, Path outRoot, List<String> ignored) throws IOException {
    List<ChunkFile> chunks = new ArrayList<>();
    String depthAxis = null;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.equals(DEPTH_AXIS)) {
        depthAxis = f.toString();
        continue;
      }
      if (name.equals(TIME_AXIS)) continue;
      ChunkFile c = chunk(f, name);
      if (c == null) {
        ignored.add(f + ": not a chunk file (<unixtime>.fbe|.dts|.xml|.witsml|.npy): ignored");
      } else {
        chunks.add(c);
      }
    }
    if (chunks.isEmpty()) return null;
    ChunkKind kind = chunks.get(0).kind();
    for (ChunkFile c : chunks) {
      if (c.kind() != kind) {
        throw new InvalidDataException(dir.toString(), FathomException.NO_OFFSET, "holds both WITSML files ("
            + firstOf(chunks, ChunkKind.WITSML) + ") and .npy chunks (" + firstOf(chunks, ChunkKind.NPY)
            + "): put them in separate folders");
      }
    }
    chunks.sort(Comparator.comparingLong(ChunkFile::time).thenComparing(ChunkFile::path));
    String relative = root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "/");
    Path out = relative.isEmpty() ? outRoot : outRoot.resolve(relative);
    return new FolderPlan(dir.toString(), relative, out.toString(), kind, chunks, kind == ChunkKind.NPY ? depthAxis : null);
  }

  private static String firstOf(List<ChunkFile> chunks, ChunkKind kind) {
    return chunks.stream().filter(c -> c.kind() == kind).findFirst().map(ChunkFile::fileName).orElse("?");
  }

  /** The chunk file {@code <digits>.<ext>}, or null when the name is not one. */
  static ChunkFile chunk(Path f, String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 1) return null;
    ChunkKind kind = ChunkKind.ofExtension(name.substring(dot + 1));
    String stem = name.substring(0, dot);
    if (kind == null || stem.length() > 18 || !stem.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return null;
    return new ChunkFile(f.toAbsolutePath().toString(), Long.parseLong(stem), kind);
  }
}

package dev.fathom.das;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Entry point: opens DAS files of any supported format, detected automatically or forced by name.
 * The formats are the {@link DasFormat}s registered through {@link ServiceLoader}.
 */
public final class DasFiles {
  private DasFiles() {}

  private static volatile List<DasFormat> formats;

  /** Every registered format, in detection order. */
  public static List<DasFormat> formats() {
    List<DasFormat> f = formats;
    if (f == null) {
      List<DasFormat> all = new ArrayList<>();
      ServiceLoader.load(DasFormat.class, DasFiles.class.getClassLoader()).forEach(all::add);
      formats = f = List.copyOf(all);
    }
    return f;
  }

  /** The format named {@code name} (case-insensitive). */
  public static DasFormat format(String name) {
    for (DasFormat f : formats()) if (f.name().equalsIgnoreCase(name)) return f;
    throw new IllegalArgumentException("unknown DAS format '" + name + "'; known: "
        + formats().stream().map(DasFormat::name).toList());
  }

  /** Opens {@code path}, detecting its format. */
  public static DasFile open(Path path) {
    return open(path, null);
  }

  /**
   * Opens {@code path} in the format named {@code formatName} (null: detect). A forced format is
   * read even when its markers are incomplete; its version is the detected one when it matches.
   */
  public static DasFile open(Path path, String formatName) {
    DasSource src = DasSource.open(path);
    try {
      if (formatName != null) {
        DasFormat f;
        try {
          f = format(formatName);
        } catch (IllegalArgumentException e) {
          throw new dev.fathom.core.FathomException(path.toString(), -1, e.getMessage());
        }
        if (f.kind() != src.kind()) {
          throw new DasFormatException(src.name(), "is " + src.kind() + ", but format " + f.name() + " is " + f.kind());
        }
        Detection d = f.detect(src);
        return f.open(src, d.matched() ? d.version() : "?");
      }
      Detection best = null;
      for (DasFormat f : formats()) {
        if (f.kind() != src.kind()) continue;
        Detection d = f.detect(src);
        if (d.matched()) return f.open(src, d.version());
        if (best == null || d.score() > best.score()) best = d;
      }
      throw new UnknownDasFormatException(src.name(), "unknown DAS format; "
          + (best == null ? "no reader for " + src.kind().name().toLowerCase(Locale.ROOT) + " files"
              : "closest: " + best.format() + " (" + best.detail() + ")"));
    } catch (RuntimeException e) {
      src.close();
      throw e;
    }
  }

  /** Every format's detection result for {@code path} (what matched and what was missing). */
  public static List<Detection> detectAll(Path path) {
    try (DasSource src = DasSource.open(path)) {
      List<Detection> out = new ArrayList<>();
      for (DasFormat f : formats()) if (f.kind() == src.kind()) out.add(f.detect(src));
      out.sort(Comparator.comparingDouble(Detection::score).reversed());
      return out;
    }
  }

  /** A time-sorted index of the DAS files in {@code folder} (not recursive), with gaps and overlaps. */
  public static DasIndex index(Path folder) {
    return DasIndex.build(folder);
  }
}

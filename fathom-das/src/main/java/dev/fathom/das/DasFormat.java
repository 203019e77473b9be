package dev.fathom.das;

/**
 * A reader of one DAS format family. Implementations are listed in
 * {@code META-INF/services/dev.fathom.das.DasFormat} and found through {@link java.util.ServiceLoader}.
 */
public interface DasFormat {
  /** The family's name as DASCore spells it ("PRODML", "TDMS", ...); users force a format by it. */
  String name();

  /** One line: what files this reads. */
  String description();

  /** The container kinds this format can be. */
  DasSource.Kind kind();

  /**
   * Whether {@code src} is in this format, from metadata only (no bulk data read). Never throws for
   * a file in another format: a miss carries what was missing.
   */
  Detection detect(DasSource src);

  /**
   * Opens {@code src}, which {@link #detect} matched with {@code version} (or which the user forced).
   * The returned file owns {@code src} and closes it.
   */
  DasFile open(DasSource src, String version);
}

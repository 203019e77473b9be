package dev.fathom.cli.pipeline;

import dev.fathom.pipeline.config.SystemConfig;
import java.nio.file.Path;

/** Reads a distpy system config for a verb and prints its warnings (unknown keys) on stderr. */
final class SystemConfigs {
  private SystemConfigs() {}

  static SystemConfig read(Path file) {
    SystemConfig cfg = SystemConfig.read(file);
    cfg.warnings().forEach(w -> System.err.println("fathom: warning: " + w));
    return cfg;
  }
}

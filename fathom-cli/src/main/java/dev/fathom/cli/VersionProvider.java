package dev.fathom.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (Implementation-Version), "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"fathom " + (v == null ? "dev" : v) + " (Java " + System.getProperty("java.version") + ")"};
  }
}

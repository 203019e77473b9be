package dev.fathom.plot.spec;

/** The plot worker's picture kinds, by their config name ({@code plot_type}). */
public enum PlotType {
  /** One waterfall panel per band, side by side, each with its own colour map. */
  WELL_LOG("well_log"),
  /** All bands overlaid in one panel, each with its colour map and opacity. */
  STACK("stack"),
  /** Three bands as the red, green and blue intensities of one picture. */
  RGB("rgb");

  private final String configName;

  PlotType(String configName) {
    this.configName = configName;
  }

  /** The name in the config file. */
  public String configName() {
    return configName;
  }

  /** The type of a config name, or null. */
  public static PlotType byConfigName(String name) {
    for (PlotType t : values()) if (t.configName.equals(name)) return t;
    return null;
  }
}

package dev.fathom.plot.spec;

/**
 * The unit depths are shown in ({@code depth_display_unit}). The depth reference file is in
 * metres; feet are metres × 3.28084 (distpy's {@code unit_handler.M_TO_FT}).
 */
public enum DepthUnit {
  M("m", 1.0),
  FT("ft", 3.28084);

  private final String label;
  private final double perMetre;

  DepthUnit(String label, double perMetre) {
    this.label = label;
    this.perMetre = perMetre;
  }

  /** The unit's symbol ("m", "ft"). */
  public String label() {
    return label;
  }

  /** {@code metres} in this unit. */
  public double fromMetres(double metres) {
    return metres * perMetre;
  }

  /** A value in {@code from} converted to this unit. */
  public double convert(double value, DepthUnit from) {
    return from == this ? value : fromMetres(value / from.perMetre);
  }

  /** The unit of a symbol ("m", "metres", "ft", "feet"; case-insensitive), or null. */
  public static DepthUnit bySymbol(String s) {
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "m", "meter", "meters", "metre", "metres" -> M;
      case "ft", "feet", "foot" -> FT;
      default -> null;
    };
  }
}

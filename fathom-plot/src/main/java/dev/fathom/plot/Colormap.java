package dev.fathom.plot;

import java.util.Locale;

/**
 * Colour maps for waterfall plots, named as in matplotlib, each given by evenly spaced anchor
 * colours (matplotlib's values at 0, 1/(n-1), ..., 1) and interpolated linearly in RGB.
 */
public enum Colormap {
  /** matplotlib's default: dark purple, blue, green, yellow (perceptually uniform). */
  VIRIDIS(0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725),
  /** black to white. */
  GRAY(0x000000, 0xffffff),
  /** white to black (matplotlib 'Greys'). */
  GREYS(0xffffff, 0x000000),
  /** blue, white, red: for signed data around 0. */
  SEISMIC(0x00004c, 0x0000ff, 0xffffff, 0xff0000, 0x7f0000),
  /** the classic rainbow. */
  JET(0x00007f, 0x0000ff, 0x007fff, 0x00ffff, 0x7fff7f, 0xffff00, 0xff7f00, 0xff0000, 0x7f0000),
  /** dark purple to yellow through red. */
  PLASMA(0x0d0887, 0x5302a3, 0x8b0aa5, 0xb83289, 0xdb5c68, 0xf48849, 0xfebd2a, 0xf0f921),
  /** black, red, yellow, white. */
  INFERNO(0x000004, 0x320a5e, 0x781c6d, 0xbc3754, 0xed6925, 0xfbb61a, 0xfcffa4);

  private final int[] anchors;

  Colormap(int... anchors) {
    this.anchors = anchors;
  }

  /** The map of a matplotlib name (case-insensitive), or null. */
  public static Colormap byName(String name) {
    for (Colormap c : values()) if (c.name().equalsIgnoreCase(name)) return c;
    return null;
  }

  /** The lower-case names. */
  public static String[] names() {
    Colormap[] v = values();
    String[] n = new String[v.length];
    for (int k = 0; k < v.length; k++) n[k] = v[k].name().toLowerCase(Locale.ROOT);
    return n;
  }

  /** The RGB colour (0xRRGGBB) of {@code f} in [0, 1] (clamped; NaN gives white). */
  public int rgb(double f) {
    if (Double.isNaN(f)) return 0xffffff;
    double x = Math.max(0, Math.min(1, f)) * (anchors.length - 1);
    int k = Math.min((int) x, anchors.length - 2);
    double t = x - k;
    int a = anchors[k];
    int b = anchors[k + 1];
    int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
    int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
    int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
    return (r << 16) | (g << 8) | bl;
  }
}

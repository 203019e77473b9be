package dev.fathom.plot;

import java.util.Locale;

/**
 * Colour maps, named as in matplotlib, each given by evenly spaced anchor colours and
 * interpolated linearly in RGB between them (as matplotlib's {@code LinearSegmentedColormap}).
 * The matplotlib maps carry 17 anchors sampled from matplotlib 3's 256-entry tables at
 * 0, 1/16, ..., 1 (the perceptually uniform maps viridis, magma, plasma, inferno, cividis are by
 * Smith, van der Walt and Firing, CC0); between anchors they differ from matplotlib by a few
 * units of 255 at most. {@link #UAVK} is distpy's approximation of Techlog's UAVK scale
 * ({@code extra_pyplot.UAVK}: 16 named CSS colours made continuous with
 * {@code LinearSegmentedColormap.from_list}).
 */
public enum Colormap {
  /** matplotlib's default: dark purple, blue, green, yellow (perceptually uniform). */
  VIRIDIS(0x440154, 0x48186a, 0x472d7b, 0x424086, 0x3b528b, 0x33638d, 0x2c728e, 0x26828e, 0x21918c,
      0x1fa088, 0x28ae80, 0x3fbc73, 0x5ec962, 0x84d44b, 0xaddc30, 0xd8e219, 0xfde725),
  /** black, purple, orange, pale yellow (perceptually uniform). */
  MAGMA(0x000004, 0x0a0822, 0x1d1147, 0x36106b, 0x51127c, 0x6a1c81, 0x832681, 0x9c2e7f, 0xb73779,
      0xd0416f, 0xe75263, 0xf56b5c, 0xfc8961, 0xfea772, 0xfec488, 0xfde2a3, 0xfcfdbf),
  /** dark blue to yellow through magenta and orange (perceptually uniform). */
  PLASMA(0x0d0887, 0x310597, 0x4c02a1, 0x6600a7, 0x7e03a8, 0x9511a1, 0xaa2395, 0xbc3587, 0xcc4778,
      0xda5a6a, 0xe66c5c, 0xf0804e, 0xf89540, 0xfdac33, 0xfdc527, 0xf8df25, 0xf0f921),
  /** black, red, yellow, pale yellow (perceptually uniform). */
  INFERNO(0x000004, 0x0b0724, 0x210c4a, 0x3d0965, 0x57106e, 0x71196e, 0x8a226a, 0xa32c61, 0xbc3754,
      0xd24644, 0xe45a31, 0xf1731d, 0xf98e09, 0xfcac11, 0xf9cb35, 0xf2ea69, 0xfcffa4),
  /** dark blue to yellow, readable with colour-vision deficiency (perceptually uniform). */
  CIVIDIS(0x00224e, 0x002e6a, 0x1a386f, 0x32436d, 0x434e6c, 0x535a6d, 0x61656f, 0x6f7073, 0x7d7c78,
      0x8c8878, 0x9b9476, 0xaba072, 0xbcae6c, 0xcdbb63, 0xdec958, 0xf0d846, 0xfee838),
  /** Google's improved rainbow. */
  TURBO(0x30123b, 0x4040a2, 0x466be3, 0x4294ff, 0x28bceb, 0x18ddc2, 0x32f298, 0x6dfe62, 0xa4fc3c,
      0xcdec34, 0xeecf3a, 0xfdac34, 0xfb7e21, 0xeb500e, 0xd02f05, 0xa91601, 0x7a0403),
  /** black to white. */
  GRAY(0x000000, 0xffffff),
  /** white to black (matplotlib 'Greys'). */
  GREYS(0xffffff, 0xf7f7f7, 0xf0f0f0, 0xe4e4e4, 0xd9d9d9, 0xcbcbcb, 0xbdbdbd, 0xa9a9a9, 0x959595,
      0x848484, 0x727272, 0x626262, 0x515151, 0x3a3a3a, 0x242424, 0x111111, 0x000000),
  /** black, red, yellow, white. */
  HOT(0x0b0000, 0x350000, 0x5f0000, 0x890000, 0xb30000, 0xdd0000, 0xff0800, 0xff3200, 0xff5c00,
      0xff8600, 0xffb000, 0xffda00, 0xffff07, 0xffff46, 0xffff85, 0xffffc4, 0xffffff),
  /** the classic rainbow. */
  JET(0x000080, 0x0000c8, 0x0000ff, 0x0040ff, 0x0080ff, 0x00c0ff, 0x16ffe1, 0x49ffad, 0x7dff7a,
      0xb1ff46, 0xe4ff13, 0xffd000, 0xff9400, 0xff5900, 0xff1e00, 0xc40000, 0x800000),
  /** dark blue, blue, white, red, dark red: for signed data around 0. */
  SEISMIC(0x00004c, 0x000079, 0x0000a6, 0x0000d3, 0x0101ff, 0x4141ff, 0x8181ff, 0xc1c1ff, 0xfffdfd,
      0xffbdbd, 0xff7d7d, 0xff3d3d, 0xfe0000, 0xde0000, 0xbe0000, 0x9e0000, 0x800000),
  /** blue, white, red (diverging). */
  BWR(0x0000ff, 0xffffff, 0xff0000),
  /** blue, light grey, red (diverging, Moreland). */
  COOLWARM(0x3b4cc0, 0x4e68d8, 0x6282ea, 0x779af7, 0x8db0fe, 0xa3c2fe, 0xb9d0f9, 0xccd9ed, 0xdddcdc,
      0xecd3c5, 0xf5c4ac, 0xf7b093, 0xf4987a, 0xeb7d62, 0xdd5f4b, 0xca3b37, 0xb40426),
  /** matplotlib 'RdBu_r': dark blue, white, dark red (diverging). */
  RDBU_R(0x053061, 0x175290, 0x2a71b2, 0x3f8ec0, 0x6bacd1, 0x9bc9e0, 0xc2ddec, 0xe0ecf3, 0xf7f6f6,
      0xfbe5d8, 0xfbccb4, 0xf5aa89, 0xe48066, 0xd05548, 0xba2832, 0x930e26, 0x67001f),
  /**
   * distpy's 'UAVK' (Techlog-like): white, navy, blue, royalblue, deepskyblue, cyan, palegreen,
   * greenyellow, yellow, orange, darkorange, orangered, tomato, red, firebrick, brown.
   */
  UAVK(0xffffff, 0x000080, 0x0000ff, 0x4169e1, 0x00bfff, 0x00ffff, 0x98fb98, 0xadff2f, 0xffff00,
      0xffa500, 0xff8c00, 0xff4500, 0xff6347, 0xff0000, 0xb22222, 0xa52a2a);

  private final int[] anchors;

  Colormap(int... anchors) {
    this.anchors = anchors;
  }

  /** The map of a matplotlib name (case-insensitive; 'grey' = 'gray', 'UAVK' as distpy), or null. */
  public static Colormap byName(String name) {
    if (name == null) return null;
    String n = name.equalsIgnoreCase("grey") ? "gray" : name;
    for (Colormap c : values()) if (c.displayName().equalsIgnoreCase(n)) return c;
    return null;
  }

  /** The name configs use: matplotlib's spelling ("viridis", "Greys", "RdBu_r", "UAVK"). */
  public String displayName() {
    return switch (this) {
      case GREYS -> "Greys";
      case RDBU_R -> "RdBu_r";
      case UAVK -> "UAVK";
      default -> name().toLowerCase(Locale.ROOT);
    };
  }

  /** The names configs use, as {@link #displayName()}. */
  public static String[] names() {
    Colormap[] v = values();
    String[] n = new String[v.length];
    for (int k = 0; k < v.length; k++) n[k] = v[k].displayName();
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

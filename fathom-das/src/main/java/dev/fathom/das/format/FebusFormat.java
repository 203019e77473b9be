package dev.fathom.das.format;

import dev.fathom.das.DasArray;
import dev.fathom.das.DasFile;
import dev.fathom.das.DasFormat;
import dev.fathom.das.DasFormatException;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.DasTimes;
import dev.fathom.das.Detection;
import dev.fathom.das.MultiPatchDasFile;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Febus A1 HDF5 (v1 and v2 block layouts): {@code /<device>/<SourceN>/<ZoneM>/<dataset>} is a cube
 * (blocks, rows, channels) of overlapping blocks, one block per {@code SourceN/time} stamp; one
 * patch per zone. The overlap rows at both ends of every block are dropped and the blocks joined
 * along time ({@link FebusBlocks}).
 *
 * <p>Time step: {@code Spacing[1]}/1000 when the zone has {@code Version} (or SamplingRate ≥ 1e8),
 * else 1/{@code SamplingRate}. Start: {@code time[0] + Origin[1]/1000 + firstKeptRow·dt}.
 * Distance: {@code Extent[0]·Spacing[0] + Origin[0]}, step {@code Spacing[0]}, metres.
 * Data units: the bracketed part of the dataset name ('|' read as '/'), e.g.
 * "PSD [dB re 1 nStrain|sqrt(Hz)]" → "dB re 1 nStrain/sqrt(Hz)"; "nanostrain/s" when the name has
 * none (DASCore hard-codes nanostrain/s for every dataset).
 */
public final class FebusFormat implements DasFormat {
  private static final String[] SOURCE_ATTRS = {"AmpliPower", "Hostname", "WholeExtent", "SamplingRate"};
  private static final Pattern UNITS = Pattern.compile("^(.*?)\\s*\\[(.+)]\\s*$");

  @Override
  public String name() {
    return "febus";
  }

  @Override
  public String description() {
    return "Febus A1 HDF5 (v1/v2 blocks, overlap trimmed): /<device>/SourceN/ZoneM/<dataset>";
  }

  @Override
  public DasSource.Kind kind() {
    return DasSource.Kind.HDF5;
  }

  @Override
  public Detection detect(DasSource src) {
    List<Group> sources = sources(src.hdf());
    Markers m = new Markers(name()).require("a root group holding SourceN groups", !sources.isEmpty());
    if (sources.isEmpty()) return m.requireAll("SourceN@", Set.of(), SOURCE_ATTRS).result(() -> null);
    for (Group s : sources) m.requireAll(s.getPath() + "@", Hdf5.attrNames(s), SOURCE_ATTRS);
    return m.result(() -> {
      String v = Hdf5.attrStringOrNull(sources.get(0), "Version");
      return v == null ? "1" : v.split("\\.")[0];
    });
  }

  /** The SourceN groups when every root group's children are all named Source*; else empty. */
  private static List<Group> sources(HdfFile f) {
    List<Group> out = new ArrayList<>();
    Set<String> roots = Hdf5.childNames(f);
    if (roots.isEmpty()) return out;
    for (String r : roots) {
      if (!(Hdf5.nodeOrNull(f, r) instanceof Group g)) return List.of();
      Set<String> kids = Hdf5.childNames(g);
      if (kids.isEmpty() || !kids.stream().allMatch(k -> k.startsWith("Source"))) return List.of();
      for (String k : kids) if (Hdf5.nodeOrNull(g, k) instanceof Group s) out.add(s);
    }
    return out;
  }

  @Override
  public DasFile open(DasSource src, String version) {
    try {
      List<DasFile> patches = new ArrayList<>();
      for (Group s : sources(src.hdf())) {
        Dataset time = Hdf5.dataset(s, "time");
        for (String z : Hdf5.childNames(s).stream().sorted().toList()) {
          if (Hdf5.nodeOrNull(s, z) instanceof Group zone) patches.add(zone(src, version, s, zone, time, patches.size()));
        }
      }
      return new MultiPatchDasFile(src, patches);
    } catch (RuntimeException e) {
      src.close();
      throw e;
    }
  }

  private static DasFile zone(DasSource src, String version, Group source, Group zone, Dataset time, int index) {
    List<Dataset> sets = new ArrayList<>();
    for (String c : Hdf5.childNames(zone)) if (Hdf5.nodeOrNull(zone, c) instanceof Dataset d) sets.add(d);
    if (sets.size() != 1) throw new DasFormatException(src.name(), zone.getPath() + " holds " + sets.size() + " datasets, expected 1");
    Dataset data = sets.get(0);
    int[] shape = Hdf5.dims(data);
    if (shape.length != 3) throw new DasFormatException(src.name(), data.getPath() + " has shape " + Arrays.toString(shape) + ", expected (blocks, rows, channels)");
    double[] spacing = doubles(src, zone, source, "Spacing");
    double[] origin = doubles(src, zone, source, "Origin");
    double[] extent = doubles(src, zone, source, "Extent");
    boolean versioned = Hdf5.attrNames(zone).contains("Version");
    Object rateAttr = attr(zone, source, "SamplingRate");
    double rate = rateAttr == null ? Double.NaN : Hdf5.number(src.name(), zone.getPath() + "@SamplingRate", rateAttr);
    double dt = versioned || !(rate < 1e8) ? spacing[1] / 1000 : 1 / rate;
    double[] stamps = Hdf5.doubles(time);
    Object blockRate = attr(zone, source, "BlockRate");
    Object overlap = attr(zone, source, "BlockOverlap");
    if (overlap == null) overlap = attr(zone, source, "Overlap");
    FebusBlocks blocks = FebusBlocks.plan(shape[0], shape[1], versioned ? (int) (1 + extent[3] - extent[2]) : shape[1], dt,
        blockRate == null ? Double.NaN : Hdf5.number(src.name(), "BlockRate", blockRate) / 1000, stamps,
        overlap == null ? Double.NaN : Hdf5.number(src.name(), "BlockOverlap", overlap));
    double start = stamps[0] + origin[1] / 1000 + blocks.firstRow() * dt;
    Matcher m = UNITS.matcher(data.getName());
    String units = m.matches() ? m.group(2).replace('|', '/') : "nanostrain/s";
    String type = m.matches() ? Names.snake(m.group(1)) : "strainrate";
    DasInfo info = DasInfo.builder("febus", version)
        .patch(index, data.getPath())
        .samples(Hdf5.dtype(data), (long) blocks.keptRows() * shape[0], shape[2])
        .time(DasTimes.fromEpochSeconds(start), dt)
        .distance(extent[0] * spacing[0] + origin[0], spacing[0], "m")
        .units(units, type)
        .attribute("block_rows_kept", blocks.firstRow() + ".." + (blocks.firstRow() + blocks.keptRows() - 1))
        .attribute("block_rows_reason", blocks.reason())
        .attributes(Hdf5.attrsAsText(zone, ""))
        .attributes(Hdf5.attrsAsText(source, source.getName() + "."))
        .build();
    return new FebusZoneFile(info, data, blocks);
  }

  private static Object attr(Group zone, Group source, String name) {
    Object v = Hdf5.attrOrNull(zone, name);
    return v != null ? v : Hdf5.attrOrNull(source, name);
  }

  private static double[] doubles(DasSource src, Group zone, Group source, String name) {
    Object v = attr(zone, source, name);
    if (v == null) throw new DasFormatException(src.name(), "missing attribute " + zone.getPath() + "@" + name);
    if (!v.getClass().isArray()) return new double[] {Hdf5.number(src.name(), name, v)};
    double[] out = new double[java.lang.reflect.Array.getLength(v)];
    for (int i = 0; i < out.length; i++) out[i] = Hdf5.number(src.name(), name, java.lang.reflect.Array.get(v, i));
    return out;
  }

  /** A zone: time index t is block t / kept, row firstRow + t % kept. */
  private static final class FebusZoneFile implements DasFile {
    private final DasInfo info;
    private final Dataset data;
    private final FebusBlocks blocks;

    FebusZoneFile(DasInfo info, Dataset data, FebusBlocks blocks) {
      this.info = info;
      this.data = data;
      this.blocks = blocks;
    }

    @Override
    public DasInfo info() {
      return info;
    }

    @Override
    public DasArray readBlock(long t0, int nt, int c0, int nc) {
      dev.fathom.das.BlockBounds.check(info, t0, nt, c0, nc);
      DasArray out = DasArray.allocate(info.dtype(), Math.multiplyExact(nt, nc));
      int kept = blocks.keptRows();
      int done = 0;
      while (done < nt) {
        long t = t0 + done;
        long b = t / kept;
        int row = (int) (t % kept);
        int n = Math.min(nt - done, kept - row);
        DasArray part = Hdf5.sliceArray(data, new long[] {b, blocks.firstRow() + row, c0}, new int[] {1, n, nc});
        System.arraycopy(part.values(), 0, out.values(), done * nc, n * nc);
        done += n;
      }
      return out;
    }

    @Override
    public void close() {
      // the parent MultiPatchDasFile closes the source
    }
  }
}

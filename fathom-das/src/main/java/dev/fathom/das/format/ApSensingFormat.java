package dev.fathom.das.format;

import dev.fathom.das.DasFormatException;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.DasTimes;
import dev.fathom.das.Detection;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * AP Sensing DAS HDF5: int32 {@code /DAS} (time, distance) with metadata as small datasets in
 * DAQ, Interrogator, Metadata and ProcessingServer.
 *
 * <p>Time: {@code Metadata/Timestamp} (ISO, 'Z' = UTC), step 1/{@code ProcessingServer/DataRate}.
 * Distance: start {@code DAQ/PositionStart}, step (PositionEnd − PositionStart)/channels (PositionEnd
 * is exclusive; {@code SpatialSampling} is not the spacing), units {@code PositionStart@Unit}.
 * Samples are the file's int32 counts (RadiansToNanoStrain is reported, not applied, as DASCore).
 */
public final class ApSensingFormat extends SingleDatasetFormat {
  private static final Set<String> GROUPS = Set.of("DAQ", "Interrogator", "Metadata", "ProcessingServer");

  @Override
  public String name() {
    return "APSensing";
  }

  @Override
  public String description() {
    return "AP Sensing HDF5: /DAS with DAQ, Interrogator, Metadata, ProcessingServer groups";
  }

  @Override
  public Detection detect(DasSource src) {
    HdfFile f = src.hdf();
    Set<String> attrs = Hdf5.attrNames(f);
    Set<String> children = Hdf5.childNames(f);
    boolean byAttrs = attrs.containsAll(Set.of("AppVersion", "FileVersion", "OpticalChannelNumber"));
    boolean byGroups = children.containsAll(GROUPS);
    Markers m = new Markers(name()).require("dataset /DAS", children.contains("DAS"));
    if (!byAttrs && !byGroups) {
      m.requireAll("root attribute ", attrs, "AppVersion", "FileVersion", "OpticalChannelNumber");
      m.requireAll("group /", children, GROUPS.toArray(String[]::new));
    }
    return m.result(() -> byAttrs ? Names.pyStr(Hdf5.attr(f, "FileVersion")) : "10");
  }

  @Override
  String dataPath(HdfFile f, String version) {
    return "/DAS";
  }

  @Override
  void describe(DasSource src, HdfFile f, Dataset data, int[] shape, DasInfo.Builder b) {
    String stamp = Hdf5.valueString(f, "/Metadata/Timestamp");
    long start;
    try {
      start = DasTimes.parseIso(stamp);
    } catch (RuntimeException e) {
      throw new DasFormatException(src.name(), "/Metadata/Timestamp = '" + stamp + "', expected an ISO-8601 time");
    }
    double p0 = Hdf5.valueDouble(f, "/DAQ/PositionStart");
    double p1 = Hdf5.valueDouble(f, "/DAQ/PositionEnd");
    b.time(start, 1 / Hdf5.valueDouble(f, "/ProcessingServer/DataRate"))
        .distance(p0, (p1 - p0) / shape[1], Hdf5.attrStringOrNull(Hdf5.dataset(f, "/DAQ/PositionStart"), "Unit"))
        .attributes(Hdf5.attrsAsText(f, ""))
        .attributes(smallDatasets(f));
  }

  /** Every one-value dataset of the metadata groups as "Group/Name" → text. */
  private static Map<String, String> smallDatasets(HdfFile f) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String g : new String[] {"Metadata", "ProcessingServer", "DAQ", "Interrogator"}) {
      Node n = Hdf5.nodeOrNull(f, g);
      if (!(n instanceof Group group)) continue;
      for (String c : Hdf5.childNames(group)) {
        if (Hdf5.nodeOrNull(group, c) instanceof Dataset d && d.getSize() <= 1) {
          try {
            out.put(g + "/" + c, Hdf5.text(Hdf5.value(d)));
          } catch (RuntimeException e) {
            out.put(g + "/" + c, "(unreadable)");
          }
        }
      }
    }
    return out;
  }
}

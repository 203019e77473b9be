package dev.fathom.das.format;

import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.Detection;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.List;

/**
 * Geothermal Data Repository DAS HDF5 (DAS-RCN v1.10 metadata over PRODML v2.2 raw data):
 * {@code /DasRawData/RawData} with dims from {@code @DasDimensions} ("time*" → time, "locus" →
 * distance).
 *
 * <p>Time from {@code /DasRawData/DasTimeArray} (integer ns): start t[0], step (t[-1] − t[0]) //
 * (n − 1). Distance: start 0 (GDR files carry no channel positions), step
 * {@code Acquisition@SpatialSamplingInterval}, units {@code SpatialSamplingIntervalUnit}. Data
 * units {@code UnitOfMeasure} ("NaN" = none).
 */
public final class GdrFormat extends SingleDatasetFormat {
  private static final String ACQ = "/DasMetadata/Interrogator/Acquisition";

  @Override
  public String name() {
    return "GDR_DAS";
  }

  @Override
  public String description() {
    return "Geothermal Data Repository DAS HDF5 (DAS-RCN v1.10 / PRODML v2.2): /DasRawData/RawData";
  }

  @Override
  public Detection detect(DasSource src) {
    HdfFile f = src.hdf();
    Node meta = Hdf5.nodeOrNull(f, "/DasMetadata");
    Markers m = new Markers(name())
        .require("group " + ACQ, Hdf5.nodeOrNull(f, ACQ) instanceof Group)
        .require("dataset /DasRawData/DasTimeArray", Hdf5.nodeOrNull(f, "/DasRawData/DasTimeArray") instanceof Dataset)
        .require("dataset /DasRawData/RawData", Hdf5.nodeOrNull(f, "/DasRawData/RawData") instanceof Dataset)
        .requireAll("/DasMetadata@", meta == null ? java.util.Set.of() : Hdf5.attrNames(meta), "MetadataStandard", "RawDataStandard");
    return m.result(() -> {
      String md = Hdf5.attrString(meta, "MetadataStandard");
      String raw = Hdf5.attrString(meta, "RawDataStandard");
      if (md.equals("DAS-RCN v1.10") && raw.equals("PRODML v2.2")) return "1";
      throw new IllegalStateException("standards (" + md + ", " + raw + ") are not (DAS-RCN v1.10, PRODML v2.2)");
    });
  }

  @Override
  String dataPath(HdfFile f, String version) {
    return "/DasRawData/RawData";
  }

  @Override
  void describe(DasSource src, HdfFile f, Dataset data, int[] shape, DasInfo.Builder b) {
    List<String> dims = Names.dims(Hdf5.attrOrNull(data, "DasDimensions"));
    if (dims == null) dims = List.of("time", "distance");
    int timeAxis = dims.indexOf("time");
    Dataset t = Hdf5.dataset(f, "/DasRawData/DasTimeArray");
    long n = shape[timeAxis];
    long t0 = Hdf5.longElement(t, 0);
    long t1 = Hdf5.longElement(t, n - 1);
    Group acq = Hdf5.group(f, ACQ);
    String units = Hdf5.attrStringOrNull(acq, "UnitOfMeasure");
    b.dims(dims)
        .samples(Hdf5.dtype(data), n, shape[1 - timeAxis])
        .time(t0, n > 1 ? Math.floorDiv(t1 - t0, n - 1) / 1e9 : 0)
        .distance(0, Hdf5.attrDouble(acq, "SpatialSamplingInterval"), Hdf5.attrStringOrNull(acq, "SpatialSamplingIntervalUnit"))
        .units("NaN".equals(units) ? null : units, null)
        .attributes(Hdf5.attrsAsText(acq, ""))
        .attributes(Hdf5.attrsAsText(Hdf5.group(f, "/DasMetadata/Interrogator"), "Interrogator."));
  }
}

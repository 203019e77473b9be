package dev.fathom.das.format;

import dev.fathom.das.DasFile;
import dev.fathom.das.DasFormat;
import dev.fathom.das.DasFormatException;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.DasTimes;
import dev.fathom.das.Detection;
import dev.fathom.das.Hdf5DasFile;
import dev.fathom.das.MultiPatchDasFile;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * PRODML 2.x DAS files (Silixa iDAS, OptaSense, ...): raw data under
 * {@code /Acquisition/Raw[i]/RawData} and frequency-band energies under
 * {@code /Acquisition/Processed/Fbe[i]/FbeData[j]}, one patch per band (FBE patches first, as
 * DASCore orders them).
 *
 * <p>Axes (DASCore's {@code dascore.io.prodml}): dims from the data's {@code Dimensions} attribute
 * ("locus" → distance; default time, distance). Time: {@code PartStartTime}/{@code PartEndTime} of
 * the {@code *DataTime} dataset, step = (end − start) // (n − 1) ns; when {@code PartEndTime}
 * disagrees with the time array (µs) by 0 &lt; d &lt; 10 steps, the array is used (DASCore #514).
 * Distance: {@code Acquisition@StartLocusIndex × SpatialSamplingInterval + k × interval}, units from
 * {@code SpatialSamplingIntervalUnit} (2.0) or {@code SpatialSamplingInterval.uom} (2.1); an FBE
 * band's channels are that axis sliced from {@code Fbe@StartLocusIndex}.
 *
 * <p>Deviations from DASCore: a zone offset in the ISO times is applied (DASCore drops it); an FBE
 * band's units are read from {@code FbeData[j]@FbeDataUnit} or else the parent
 * {@code Fbe[i]@FbeDataUnit} (DASCore only looks at the former).
 */
public final class ProdmlFormat implements DasFormat {
  static final String NAME = "PRODML";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "PRODML 2.0/2.1 (and later 2.x): /Acquisition/Raw[i]/RawData and FBE bands /Acquisition/Processed/Fbe[i]/FbeData[j]";
  }

  @Override
  public DasSource.Kind kind() {
    return DasSource.Kind.HDF5;
  }

  @Override
  public Detection detect(DasSource src) {
    Node acq = Hdf5.nodeOrNull(src.hdf(), "/Acquisition");
    Markers m = new Markers(NAME).require("group /Acquisition", acq instanceof Group);
    if (!(acq instanceof Group g)) return m.requireAll("/Acquisition@", java.util.Set.of(), "NumberOfLoci", "SpatialSamplingInterval", "StartLocusIndex", "schemaVersion").result(() -> null);
    m.requireAll("/Acquisition@", Hdf5.attrNames(g), "NumberOfLoci", "SpatialSamplingInterval", "StartLocusIndex", "schemaVersion");
    return m.result(() -> Names.pyStr(Hdf5.attr(g, "schemaVersion")));
  }

  @Override
  public DasFile open(DasSource src, String version) {
    try {
      HdfFile f = src.hdf();
      Group acq = Hdf5.group(f, "/Acquisition");
      List<DasFile> patches = new ArrayList<>();
      Node processed = Hdf5.nodeOrNull(acq, "Processed");
      if (processed instanceof Group pg) {
        for (String fbe : Names.indexed(Hdf5.childNames(pg), "Fbe")) {
          Group g = Hdf5.group(pg, fbe);
          for (String band : Names.indexed(Hdf5.childNames(g), "FbeData")) {
            patches.add(patch(src, version, acq, g, Hdf5.dataset(g, band), "FbeDataTime", patches.size()));
          }
        }
      }
      for (String raw : Names.indexed(Hdf5.childNames(acq), "Raw")) {
        Group g = Hdf5.group(acq, raw);
        if (!Hdf5.childNames(g).containsAll(List.of("RawData", "RawDataTime"))) continue; // as DASCore: skip empty nodes
        patches.add(patch(src, version, acq, g, Hdf5.dataset(g, "RawData"), "RawDataTime", patches.size()));
      }
      if (patches.isEmpty()) {
        throw new DasFormatException(src.name(), "no /Acquisition/Raw[i] with RawData and RawDataTime, and no /Acquisition/Processed/Fbe[i]/FbeData[j]");
      }
      return new MultiPatchDasFile(src, patches);
    } catch (RuntimeException e) {
      src.close();
      throw e;
    }
  }

  private static DasFile patch(DasSource src, String version, Group acq, Group parent, Dataset data, String timeName, int index) {
    boolean fbe = data.getName().startsWith("FbeData");
    int[] shape = Hdf5.dims(data);
    if (shape.length != 2) throw new DasFormatException(src.name(), data.getPath() + " has " + shape.length + " dimensions, expected 2");
    List<String> dims = Names.dims(Hdf5.attrOrNull(data, "Dimensions"));
    if (dims == null) dims = Names.dims(Hdf5.attrOrNull(parent, "Dimensions"));
    if (dims == null) dims = List.of("time", "distance");
    int timeAxis = dims.indexOf("time");
    long nTime = shape[timeAxis];
    int nCh = shape[1 - timeAxis];

    Dataset timeSet = Hdf5.dataset(parent, timeName);
    long[] time = timeAxis(src, timeSet, data, nTime);

    double ssi = Hdf5.attrDouble(acq, "SpatialSamplingInterval");
    long startLocus = Hdf5.attrLong(acq, "StartLocusIndex");
    if (fbe) {
      Object s = Hdf5.attrOrNull(parent, "StartLocusIndex");
      if (s != null) startLocus += (long) Hdf5.number(src.name(), parent.getPath() + "@StartLocusIndex", s);
    }
    String units = Hdf5.attrStringOrNull(acq, "SpatialSamplingIntervalUnit");
    if (units == null) units = Hdf5.attrStringOrNull(acq, "SpatialSamplingInterval.uom");

    String dataUnits;
    String dataType;
    if (fbe) {
      dataUnits = Hdf5.attrStringOrNull(data, "FbeDataUnit");
      if (dataUnits == null) dataUnits = Hdf5.attrStringOrNull(parent, "FbeDataUnit");
      dataType = null;
    } else {
      dataUnits = Hdf5.attrStringOrNull(parent, "RawDataUnit");
      dataType = Names.snake(Hdf5.attrStringOrNull(parent, "RawDescription"));
    }
    DasInfo info = DasInfo.builder(NAME, version)
        .patch(index, data.getPath())
        .dims(dims)
        .samples(Hdf5.dtype(data), nTime, nCh)
        .time(time[0], time[1] / 1e9)
        .distance(startLocus * ssi, ssi, units)
        .units(dataUnits, dataType)
        .attributes(Hdf5.attrsAsText(data, ""))
        .attributes(Hdf5.attrsAsText(parent, parent.getName() + "."))
        .attributes(Hdf5.attrsAsText(acq, "Acquisition."))
        .build();
    return new Hdf5DasFile(null, info, data);
  }

  /** {start ns, step ns} of a PRODML time axis (see class doc). */
  private static long[] timeAxis(DasSource src, Dataset timeSet, Dataset data, long n) {
    String startText = Hdf5.attrStringOrNull(timeSet, "PartStartTime");
    String endText = Hdf5.attrStringOrNull(timeSet, "PartEndTime");
    if (startText == null) startText = Hdf5.attrString(data, "PartStartTime");
    if (endText == null) endText = Hdf5.attrString(data, "PartEndTime");
    long start = parse(src, timeSet, "PartStartTime", startText);
    long end = parse(src, timeSet, "PartEndTime", endText);
    long step = n > 1 ? Math.floorDiv(end - start, n - 1) : 0;
    int[] tdims = Hdf5.dims(timeSet);
    if (n > 1 && tdims.length == 1 && tdims[0] == n && step > 0) {
      // DASCore #514: a PartEndTime off from the µs time array by 0 < d < 10 steps is wrong; use the array
      try {
        long first = Math.round(Hdf5.element(timeSet, 0)) * 1000;
        long last = Math.round(Hdf5.element(timeSet, n - 1)) * 1000;
        double d = Math.abs((double) (end - last)) / step;
        if (d > 0 && d < 10) step = Math.floorDiv(last - first, n - 1);
      } catch (dev.fathom.core.FathomException e) {
        // a time array that is not µs numbers: keep the attribute times
      }
    }
    return new long[] {start, step};
  }

  private static long parse(DasSource src, Node n, String attr, String text) {
    try {
      return DasTimes.parseIso(text);
    } catch (RuntimeException e) {
      throw new DasFormatException(src.name(), n.getPath() + "@" + attr + " = '" + text + "', expected an ISO-8601 time");
    }
  }
}

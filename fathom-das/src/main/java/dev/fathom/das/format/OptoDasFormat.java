package dev.fathom.das.format;

import dev.fathom.das.DasFormatException;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.DasTimes;
import dev.fathom.das.Detection;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * ASN OptoDAS HDF5 (file versions 8–11): {@code /data} with dims {@code header/dimensionNames}.
 *
 * <p>Time: {@code header/time} (epoch s) + min × unitScale of the time dimension's
 * {@code header/dimensionRanges/dimension{i}}, step unitScale. Distance: {@code header/channels}
 * × the distance dimension's unitScale (channel numbers include spatial decimation, DASCore #419),
 * evenly spaced from the first to the last; units {@code header/dimensionUnits} (DASCore's pinned
 * commit drops them; PR #1171 restores 'm'). Data units {@code header/unit}. {@code header/dataScale}
 * is reported in the attributes, not applied (samples are never scaled).
 */
public final class OptoDasFormat extends SingleDatasetFormat {
  @Override
  public String name() {
    return "OptoDAS";
  }

  @Override
  public String description() {
    return "ASN OptoDAS HDF5 (versions 8-11): /data with header/, acqSpec/, cableSpec/";
  }

  @Override
  public Detection detect(DasSource src) {
    return new Markers(name())
        .requireAll("/", Hdf5.childNames(src.hdf()), "acqSpec", "header", "cableSpec", "data", "fileVersion")
        .result(() -> Names.pyStr(Hdf5.value(Hdf5.dataset(src.hdf(), "/fileVersion"))));
  }

  @Override
  String dataPath(HdfFile f, String version) {
    return "/data";
  }

  @Override
  void describe(DasSource src, HdfFile f, Dataset data, int[] shape, DasInfo.Builder b) {
    Object names = Hdf5.value(Hdf5.dataset(f, "/header/dimensionNames"));
    List<String> dims = Names.dims(names);
    if (dims == null) throw new DasFormatException(src.name(), "/header/dimensionNames = " + Hdf5.text(names) + ", expected time and distance");
    int ta = dims.indexOf("time");
    int da = 1 - ta;
    String tdim = "/header/dimensionRanges/dimension" + ta + "/";
    String ddim = "/header/dimensionRanges/dimension" + da + "/";
    double dt = Hdf5.valueDouble(f, tdim + "unitScale");
    double tmin = Hdf5.valueDouble(f, tdim + "min");
    long start = DasTimes.fromEpochSeconds(Hdf5.valueDouble(f, "/header/time")) + Math.round(tmin * dt * 1e9);
    double dx = Hdf5.valueDouble(f, ddim + "unitScale");
    Dataset channels = Hdf5.dataset(f, "/header/channels");
    int n = shape[da];
    double x0 = Hdf5.element(channels, 0) * dx;
    double step = n > 1 ? (Hdf5.element(channels, n - 1) * dx - x0) / (n - 1) : dx;
    String units = null;
    if (Hdf5.childNames(Hdf5.group(f, "/header")).contains("dimensionUnits")) {
      List<String> u = texts(Hdf5.value(Hdf5.dataset(f, "/header/dimensionUnits")));
      if (u.size() == 2 && !u.get(da).isBlank()) units = u.get(da);
    }
    b.dims(dims).samples(Hdf5.dtype(data), shape[ta], n).time(start, dt).distance(x0, step, units)
        .units(Hdf5.valueString(f, "/header/unit"), null);
    for (String k : new String[] {"dataScale", "gaugeLength", "instrument", "experiment", "name", "dt", "dx"}) {
      try {
        b.attribute(k, Hdf5.valueString(f, "/header/" + k));
      } catch (DasFormatException e) {
        // optional
      }
    }
  }

  private static List<String> texts(Object v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.getClass().isArray()) {
      for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) out.add(Hdf5.text(java.lang.reflect.Array.get(v, i)));
    }
    return out;
  }
}

package dev.fathom.das.format;

import dev.fathom.das.DasFormatException;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.DasTimes;
import dev.fathom.das.Detection;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.util.List;
import java.util.Set;

/**
 * The simple HDF5 layout (FORESEE and others): root dataset {@code raw} or {@code data} plus a root
 * time array {@code time}, {@code timestamp} or {@code timestamps} (float epoch seconds).
 *
 * <p>Dims from a root attribute {@code dims} ("time,distance"), else by matching the time array's
 * length to an axis. The other axis takes a root 1-D array of its length named {@code distance}
 * when there is one, else it is {@code channel} 0..n−1. Time: start rint(t[0]·1e9) ns, step
 * (rint(t[−1]·1e9) − start) // (n − 1) ns (DASCore's snapping). All root attributes are kept.
 * Unlike DASCore's pinned reader, a root {@code format} attribute does not stop detection
 * (DASCore bug fixed by PR #1118).
 */
public final class H5SimpleFormat extends SingleDatasetFormat {
  private static final List<String> DATA = List.of("raw", "data");
  private static final List<String> TIME = List.of("time", "timestamp", "timestamps");

  @Override
  public String name() {
    return "H5Simple";
  }

  @Override
  public String description() {
    return "simple HDF5: root dataset raw|data and a root time|timestamp|timestamps array (epoch s)";
  }

  @Override
  public Detection detect(DasSource src) {
    Set<String> c = Hdf5.childNames(src.hdf());
    return new Markers(name())
        .require("root dataset raw or data", c.stream().anyMatch(DATA::contains))
        .require("root dataset time, timestamp or timestamps", c.stream().anyMatch(TIME::contains))
        .result(() -> "1");
  }

  private static String first(Set<String> have, List<String> names) {
    return names.stream().filter(have::contains).findFirst().orElse(null);
  }

  @Override
  String dataPath(HdfFile f, String version) {
    String d = first(Hdf5.childNames(f), DATA);
    return "/" + (d == null ? "raw" : d);
  }

  @Override
  void describe(DasSource src, HdfFile f, Dataset data, int[] shape, DasInfo.Builder b) {
    Set<String> children = Hdf5.childNames(f);
    Dataset time = Hdf5.dataset(f, "/" + first(children, TIME));
    int n = Hdf5.dims(time)[0];
    List<String> dims = Names.dims(Hdf5.attrOrNull(f, "dims"));
    if (dims == null) {
      if (shape[0] == shape[1] || (shape[0] != n && shape[1] != n)) {
        throw new DasFormatException(src.name(), "cannot tell the time axis of " + data.getPath() + " "
            + java.util.Arrays.toString(shape) + " from " + time.getPath() + " (" + n + " values); add a root attribute dims");
      }
      dims = shape[0] == n ? List.of("time", "distance") : List.of("distance", "time");
    }
    int timeAxis = dims.indexOf("time");
    int nCh = shape[1 - timeAxis];
    long t0 = DasTimes.fromEpochSeconds(Hdf5.element(time, 0));
    long t1 = DasTimes.fromEpochSeconds(Hdf5.element(time, n - 1));
    b.dims(dims).samples(Hdf5.dtype(data), shape[timeAxis], nCh).time(t0, n > 1 ? Math.floorDiv(t1 - t0, n - 1) / 1e9 : 0);
    Node dist = children.contains("distance") ? Hdf5.nodeOrNull(f, "/distance") : null;
    if (dist instanceof Dataset d && Hdf5.dims(d).length == 1 && Hdf5.dims(d)[0] == nCh && nCh > 1) {
      double x0 = Hdf5.element(d, 0);
      b.distance(x0, (Hdf5.element(d, nCh - 1) - x0) / (nCh - 1), Hdf5.attrStringOrNull(d, "units"));
    } else {
      b.channels();
    }
    b.attributes(Hdf5.attrsAsText(f, ""));
  }

}

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
import java.util.Set;

/**
 * Terra15 Treble HDF5 (file versions 4–6): v4 stores the data under a group named by the root
 * attribute {@code data_product}, v5/v6 under {@code data_product/}; (time, distance).
 *
 * <p>Time from the GPS stamps {@code gps_time} ({@code posix_time} when absent), float epoch s:
 * start rint(t[0]·1e9), step rint((t[−1] − t[0])/(n − 1)·1e9) ns (not the {@code dT} attribute,
 * which GPS jitter makes differ). An unfinished file (t[0] &gt; t[−1]: zero-padded tail) keeps only
 * the rows with t &gt; 0. Distance: start {@code sensing_range_start}, step {@code dx}, metres. Data
 * units {@code data_product_units}, data type {@code data_product}.
 */
public final class Terra15Format extends SingleDatasetFormat {
  @Override
  public String name() {
    return "TERRA15";
  }

  @Override
  public String description() {
    return "Terra15 Treble HDF5 (versions 4-6), time from GPS stamps";
  }

  @Override
  public Detection detect(DasSource src) {
    HdfFile f = src.hdf();
    return new Markers(name())
        .requireAll("root attribute ", Hdf5.attrNames(f), "acoustic_bandwidth_end", "amplifier_incoming_current",
            "file_start_computer_time", "file_version")
        .result(() -> Names.pyStr(Hdf5.attr(f, "file_version")));
  }

  @Override
  String dataPath(HdfFile f, String version) {
    String product = Hdf5.attrStringOrNull(f, "data_product");
    String v4 = "/" + product + "/data";
    boolean old = version.equals("4") || version.startsWith("4.");
    String first = old ? v4 : "/data_product/data";
    String second = old ? "/data_product/data" : v4;
    return Hdf5.nodeOrNull(f, first) instanceof Dataset || product == null ? first : second;
  }

  @Override
  void describe(DasSource src, HdfFile f, Dataset data, int[] shape, DasInfo.Builder b) {
    Group g = data.getParent();
    Set<String> c = Hdf5.childNames(g);
    String tname = c.contains("gps_time") ? "gps_time" : "posix_time";
    if (!c.contains(tname)) throw new DasFormatException(src.name(), "missing dataset " + g.getPath() + "/gps_time (or posix_time)");
    Dataset time = (Dataset) Hdf5.nodeOrNull(g, tname);
    int n = Math.min(shape[0], Hdf5.dims(time)[0]);
    double t0 = Hdf5.element(time, 0);
    double tl = Hdf5.element(time, n - 1);
    if (t0 > tl) { // unfinished file: trailing rows are zero-filled
      double[] t = Hdf5.doubles(time);
      int k = 0;
      while (k < n && t[k] > 0) k++;
      n = k;
      tl = t[n - 1];
    }
    long start = DasTimes.fromEpochSeconds(t0);
    long stepNs = n > 1 ? (long) Math.rint((tl - t0) / (n - 1) * 1e9) : 0;
    Node root = f;
    b.samples(Hdf5.dtype(data), n, shape[1]).time(start, stepNs / 1e9)
        .distance(Hdf5.attrDouble(root, "sensing_range_start"), Hdf5.attrDouble(root, "dx"), "m")
        .units(Hdf5.attrStringOrNull(root, "data_product_units"), Hdf5.attrStringOrNull(root, "data_product"))
        .attributes(Hdf5.attrsAsText(root, ""));
  }
}

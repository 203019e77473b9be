package dev.fathom.das.format;

import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.DasTimes;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.api.Dataset;

/**
 * Silixa iDAS HDF5 ({@code /Acoustic} int16 (time, distance), every attribute a string).
 *
 * <p>Time: {@code GPSTimeStamp} "dd/mm/yyyy HH:MM:SS.fff (UTC)" ({@code CPUTimeStamp} when GPS is
 * empty), step 1/{@code SamplingFrequency[Hz]}. Distance: start {@code Start Distance (m)}, step
 * {@code SpatialResolution[m] × Fibre Length Multiplier}, metres.
 *
 * <p>Deviation: DASCore's pinned reader starts distance at StartPosition + MeasureLength ×
 * multiplier, one cable length too far (DASCore #1025, fixed by PR #1026 to Start Distance (m),
 * which we use).
 */
public final class SilixaH5Format extends AcousticDatasetFormat {
  @Override
  public String name() {
    return "Silixa_H5";
  }

  @Override
  public String description() {
    return "Silixa iDAS HDF5: /Acoustic with Silixa's string attributes";
  }

  @Override
  String[] markers() {
    return new String[] {"GaugeLength", "SamplingFrequency[Hz]", "Fibre Length Multiplier", "Start Distance (m)",
      "Stop Distance (m)", "Fibre Length per Metre", "GPSTimeStamp", "CPUTimeStamp", "Tags", "PulseWidth[ns]",
      "MeasureLength[m]", "StartPosition[m]", "SpatialResolution[m]", "SystemInfomation.Devices1.SerialNum"};
  }

  @Override
  void describe(DasSource src, Dataset a, DasInfo.Builder b) {
    long start = stamp(src, a, "GPSTimeStamp", "CPUTimeStamp", DasTimes::parseDayFirst, "dd/mm/yyyy HH:MM:SS.fff");
    double multiplier = Hdf5.attrDouble(a, "Fibre Length Multiplier");
    String origin = Hdf5.attrNames(a).contains("Start Distance (m)") ? "Start Distance (m)" : "StartPosition[m]";
    b.time(start, 1 / Hdf5.attrDouble(a, "SamplingFrequency[Hz]"))
        .distance(Hdf5.attrDouble(a, origin), Hdf5.attrDouble(a, "SpatialResolution[m]") * multiplier, "m");
  }
}

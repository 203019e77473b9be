package dev.fathom.das.format;

import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.DasTimes;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.api.Dataset;

/**
 * Neubrex NEUBRESCOPE DAS HDF5 ({@code /Acoustic} (time, distance)).
 *
 * <p>Time: {@code GPSTimeStamp(UTC)} ("yyyy-mm-dd HH:MM:SS.fffffff"; {@code CPUTimeStamp(UTC)}
 * when empty), step {@code TimeSamplingInterval(seconds)} (a float32 attribute, taken at its
 * decimal value: 0.001, not 0.0010000000475). Distance: start {@code StartPosition}, step
 * {@code SpatialSamplingInterval} (float32, widened exactly as DASCore does), units
 * {@code StartStopPositionUnit}. Data units {@code DataPhysicalUnit} with '-' removed (as DASCore).
 */
public final class NeubrexDasFormat extends AcousticDatasetFormat {
  @Override
  public String name() {
    return "NeubrexDAS";
  }

  @Override
  public String description() {
    return "Neubrex NEUBRESCOPE DAS HDF5: /Acoustic with NEUBRESCOPE attributes";
  }

  @Override
  String[] markers() {
    return new String[] {"NEUBRESCOPE.DAS.Model", "StartPosition", "StopPosition", "SpatialSamplingInterval",
      "GPSTimeStamp(UTC)", "CPUTimeStamp(UTC)"};
  }

  @Override
  void describe(DasSource src, Dataset a, DasInfo.Builder b) {
    long start = stamp(src, a, "GPSTimeStamp(UTC)", "CPUTimeStamp(UTC)", DasTimes::parseIso, "yyyy-mm-dd HH:MM:SS.fff");
    String units = Hdf5.attrStringOrNull(a, "DataPhysicalUnit");
    b.time(start, decimal(Hdf5.attr(a, "TimeSamplingInterval(seconds)")))
        .distance(Hdf5.attrDouble(a, "StartPosition"), Hdf5.attrDouble(a, "SpatialSamplingInterval"),
            Hdf5.attrStringOrNull(a, "StartStopPositionUnit"))
        .units(units == null ? null : units.replace("-", ""), Names.snake(Hdf5.attrStringOrNull(a, "DataType")));
  }

  /** A float32 attribute at the decimal value it was written as (Float.toString's shortest form). */
  private static double decimal(Object v) {
    v = Hdf5.unwrap(v);
    return v instanceof Float f ? Double.parseDouble(Float.toString(f)) : Hdf5.number("", "", v);
  }
}

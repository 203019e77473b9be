package dev.fathom.das.format;

import dev.fathom.das.DasFile;
import dev.fathom.das.DasFormat;
import dev.fathom.das.DasFormatException;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.Detection;
import dev.fathom.das.hdf.Hdf5;
import dev.fathom.das.tdms.TdmsDasFile;
import dev.fathom.das.tdms.TdmsFileIndex;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Silixa iDAS TDMS files (TDMS 4713, and 4712, which has the same layout: DASCore refuses 4712,
 * issue #418, and its maintainers' advice is to read it as 4713, which we do).
 *
 * <p>(time, distance), channels in object order, segments joined along time. Time: root
 * {@code GPSTimeStamp} (LabVIEW timestamp) kept to the nanosecond (DASCore rounds it to µs through
 * a Python float), {@code CPUTimeStamp} when absent; step 1/{@code SamplingFrequency[Hz]}.
 * Distance: start {@code StartPosition[m]}, step {@code SpatialResolution[m] × Fibre Length
 * Multiplier}, metres (as DASCore; the file's {@code Start Distance (m)} is in the attributes).
 */
public final class TdmsFormat implements DasFormat {
  @Override
  public String name() {
    return "TDMS";
  }

  @Override
  public String description() {
    return "Silixa iDAS TDMS (versions 4713 and 4712), segments joined along time";
  }

  @Override
  public DasSource.Kind kind() {
    return DasSource.Kind.TDMS;
  }

  @Override
  public Detection detect(DasSource src) {
    try (FileChannel ch = FileChannel.open(src.path(), StandardOpenOption.READ)) {
      int v = TdmsFileIndex.version(ch);
      if (v == 4712 || v == 4713) return Detection.match(name(), Integer.toString(v));
      return Detection.miss(name(), 0.5, "TDMS lead-in version " + v + ", expected 4712 or 4713");
    } catch (IOException e) {
      return Detection.miss(name(), 0, "unreadable: " + e.getMessage());
    }
  }

  @Override
  public DasFile open(DasSource src, String version) {
    try {
      TdmsFileIndex ix = TdmsFileIndex.read(src.path());
      if (ix.dtype() == null) throw new DasFormatException(src.name(), "the TDMS file holds no channel data");
      Map<String, Object> p = ix.properties();
      Object stamp = p.containsKey("GPSTimeStamp") ? p.get("GPSTimeStamp") : p.get("CPUTimeStamp");
      if (!(stamp instanceof TdmsFileIndex.LabViewTime t)) {
        throw new DasFormatException(src.name(), "missing root property GPSTimeStamp (or CPUTimeStamp) as a TDMS timestamp");
      }
      double multiplier = number(src, p, "Fibre Length Multiplier");
      Map<String, String> attrs = new LinkedHashMap<>();
      p.forEach((k, v) -> attrs.put(k, Hdf5.text(v)));
      DasInfo info = DasInfo.builder(name(), version)
          .patch(0, ix.channels().isEmpty() ? "" : ix.channels().get(0).replaceFirst("/'[^']*'$", ""))
          .samples(ix.dtype(), ix.rows(), ix.channels().size())
          .time(t.epochNanos(), 1 / number(src, p, "SamplingFrequency[Hz]"))
          .distance(number(src, p, "StartPosition[m]"), number(src, p, "SpatialResolution[m]") * multiplier, "m")
          .units(null, "strain_rate")
          .attributes(attrs)
          .build();
      return new TdmsDasFile(src, info, ix);
    } catch (RuntimeException e) {
      src.close();
      throw e;
    }
  }

  private static double number(DasSource src, Map<String, Object> p, String key) {
    Object v = p.get(key);
    if (v == null) throw new DasFormatException(src.name(), "missing root property '" + key + "'");
    return Hdf5.number(src.name(), "property '" + key + "'", v);
  }
}

package dev.fathom.das.format;

import dev.fathom.das.DasFile;
import dev.fathom.das.DasFormat;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.Detection;
import dev.fathom.das.Hdf5DasFile;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

/**
 * Formats whose samples are the 2-D dataset {@code /Acoustic} (time, distance) described by that
 * dataset's own attributes (Silixa H5, Neubrex DAS). Subclasses name the marker attributes and
 * build the axes from the attributes.
 */
abstract class AcousticDatasetFormat implements DasFormat {
  static final String PATH = "/Acoustic";

  /** The attributes of /Acoustic that identify the format. */
  abstract String[] markers();

  /** Fills the time and distance axes and the units from /Acoustic's attributes. */
  abstract void describe(DasSource src, Dataset acoustic, DasInfo.Builder b);

  @Override
  public DasSource.Kind kind() {
    return DasSource.Kind.HDF5;
  }

  @Override
  public Detection detect(DasSource src) {
    Node n = Hdf5.nodeOrNull(src.hdf(), PATH);
    Markers m = new Markers(name()).require("dataset " + PATH, n instanceof Dataset);
    m.requireAll(PATH + "@", n == null ? java.util.Set.of() : Hdf5.attrNames(n), markers());
    return m.result(() -> "1");
  }

  @Override
  public DasFile open(DasSource src, String version) {
    try {
      Dataset d = Hdf5.dataset(src.hdf(), PATH);
      int[] shape = Hdf5.dims(d);
      if (shape.length != 2) throw new dev.fathom.das.DasFormatException(src.name(), PATH + " is not 2-D");
      DasInfo.Builder b = DasInfo.builder(name(), version).patch(0, PATH).samples(Hdf5.dtype(d), shape[0], shape[1]);
      describe(src, d, b);
      b.attributes(Hdf5.attrsAsText(d, ""));
      return new Hdf5DasFile(src, b.build(), d);
    } catch (RuntimeException e) {
      src.close();
      throw e;
    }
  }

  /**
   * The time of {@code /Acoustic@gps}, or of {@code @cpu} when the GPS stamp is empty, parsed by
   * {@code parser}; a {@link dev.fathom.das.DasFormatException} naming the attribute when unparsable.
   */
  static long stamp(DasSource src, Dataset a, String gps, String cpu, java.util.function.ToLongFunction<String> parser, String expected) {
    String stamp = Hdf5.attrStringOrNull(a, gps);
    String which = gps;
    if (stamp == null || stamp.isBlank()) {
      stamp = Hdf5.attrString(a, cpu);
      which = cpu;
    }
    try {
      return parser.applyAsLong(stamp);
    } catch (RuntimeException e) {
      throw new dev.fathom.das.DasFormatException(src.name(), PATH + "@" + which + " = '" + stamp + "', expected " + expected);
    }
  }
}

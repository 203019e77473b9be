package dev.fathom.das.format;

import dev.fathom.das.DasFile;
import dev.fathom.das.DasFormat;
import dev.fathom.das.DasFormatException;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.Hdf5DasFile;
import dev.fathom.das.hdf.Hdf5;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;

/** HDF5 formats whose one patch is one 2-D dataset; subclasses locate it and describe its axes. */
abstract class SingleDatasetFormat implements DasFormat {
  @Override
  public DasSource.Kind kind() {
    return DasSource.Kind.HDF5;
  }

  /** Path of the data for this file. */
  abstract String dataPath(HdfFile f, String version);

  /**
   * Describes the patch: dims, counts, axes, units, attributes. {@code shape} is the dataset's.
   */
  abstract void describe(DasSource src, HdfFile f, Dataset data, int[] shape, DasInfo.Builder b);

  @Override
  public DasFile open(DasSource src, String version) {
    try {
      HdfFile f = src.hdf();
      String path = dataPath(f, version);
      Dataset d = Hdf5.dataset(f, path);
      int[] shape = Hdf5.dims(d);
      if (shape.length != 2) {
        throw new DasFormatException(src.name(), path + " has shape " + java.util.Arrays.toString(shape) + ", expected 2-D");
      }
      DasInfo.Builder b = DasInfo.builder(name(), version).patch(0, path).samples(Hdf5.dtype(d), shape[0], shape[1]);
      describe(src, f, d, shape, b);
      return new Hdf5DasFile(src, b.build(), d);
    } catch (RuntimeException e) {
      src.close();
      throw e;
    }
  }
}

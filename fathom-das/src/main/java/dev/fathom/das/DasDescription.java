package dev.fathom.das;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DAS file's facts as an ordered map (the {@code fathom das info --json} document). Keys mirror
 * the DASCore reference JSONs ({@code format.name/version}, {@code patches[].dims/shape/dtype},
 * {@code time.start/end/step_s/step_ns/count}, {@code distance|channel.start/end/step/count/units},
 * {@code data_units}, {@code attrs}); times are ISO UTC strings with nine fraction digits.
 */
public final class DasDescription {
  private DasDescription() {}

  public static Map<String, Object> of(java.nio.file.Path path, DasFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", path.getFileName().toString());
    m.put("path", path.toString());
    try {
      m.put("file_size_bytes", java.nio.file.Files.size(path));
    } catch (java.io.IOException e) {
      m.put("file_size_bytes", null);
    }
    m.put("format", Map.of("name", f.info().format(), "version", f.info().version()));
    m.put("n_patches", f.patchCount());
    List<Object> patches = new ArrayList<>();
    for (int i = 0; i < f.patchCount(); i++) patches.add(patch(i, f.patch(i).info()));
    m.put("patches", patches);
    return m;
  }

  /** One patch's facts. */
  public static Map<String, Object> patch(int index, DasInfo info) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("index", index);
    p.put("raw_dataset_path", info.dataPath());
    p.put("dims", info.dims());
    p.put("shape", info.shape());
    p.put("dtype", info.dtype().numpyName());
    int timeAxis = info.dims().indexOf("time");
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("start", DasTimes.format(info.startNanos()));
    t.put("end", DasTimes.format(info.endNanos()));
    t.put("step_s", info.timeStepSeconds());
    t.put("step_ns", info.timeStepNanos());
    t.put("count", info.nTime());
    t.put("units", "s");
    t.put("axis", timeAxis);
    p.put("time", t);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("name", info.distanceName());
    d.put("start", info.distanceStart());
    d.put("end", info.distanceOf(info.nChannels() - 1L));
    d.put("step", info.distanceStep());
    d.put("count", info.nChannels());
    d.put("units", info.distanceUnits());
    d.put("axis", 1 - timeAxis);
    p.put(info.distanceName(), d);
    p.put("data_units", info.dataUnits());
    p.put("data_type", info.dataType());
    p.put("attrs", info.attributes());
    return p;
  }
}

package dev.fathom.das;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a DAS patch holds, without its samples: format, axes, units and the file's attributes.
 *
 * <p>Axis conventions (as DASCore presents a patch): {@code dims} are the file's own axis order,
 * e.g. {@code ["time","distance"]} when rows are time samples; {@code shape} follows {@code dims}.
 * The time axis is absolute UTC: sample {@code k} is at {@link #timeNanosOf(long)} (epoch
 * nanoseconds). The other axis is named {@code "distance"} (positions along the fibre, in
 * {@code distanceUnits}, usually metres) or {@code "channel"} (channel numbers, no units) when the
 * file gives no positions; channel {@code i} is at {@code distanceStart + i * distanceStep}.
 *
 * @param format format family name as DASCore spells it ("PRODML", "TDMS", "febus", ...)
 * @param version version within the family, as the file states it ("2.0", "4713", ...)
 * @param patchIndex index of this patch in its file (FBE bands, Febus zones); 0 for one-patch files
 * @param dataPath where the samples are (HDF5 dataset path, TDMS group, SEG-Y traces)
 * @param dims axis names in the file's axis order, e.g. ["time","distance"]
 * @param dtype the samples' type on disk (never scaled)
 * @param nTime number of time samples
 * @param nChannels number of channels (distance samples)
 * @param startNanos time of sample 0, UTC epoch nanoseconds
 * @param timeStepSeconds time step in seconds (as exact as the file gives it)
 * @param distanceName "distance" or "channel"
 * @param distanceStart position of channel 0
 * @param distanceStep spacing of channels
 * @param distanceUnits units of the distance axis ("m"), or null when none
 * @param dataUnits units of the samples as the file states them, or null when none
 * @param dataType what the samples are ("strain_rate", "velocity"...), or null when unknown
 * @param attributes the file's own attributes relevant to this patch (name → value as text)
 */
public record DasInfo(
    String format,
    String version,
    int patchIndex,
    String dataPath,
    List<String> dims,
    DasDtype dtype,
    long nTime,
    int nChannels,
    long startNanos,
    double timeStepSeconds,
    String distanceName,
    double distanceStart,
    double distanceStep,
    String distanceUnits,
    String dataUnits,
    String dataType,
    Map<String, String> attributes) {

  public DasInfo {
    dims = List.copyOf(dims);
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    if (dims.size() != 2 || !dims.contains("time")) {
      throw new IllegalArgumentException("dims must be two axes, one of them time: " + dims);
    }
  }

  /** True when axis 0 is time (rows are time samples). */
  public boolean timeMajor() {
    return dims.get(0).equals("time");
  }

  /** The array shape in {@link #dims()} order. */
  public long[] shape() {
    return timeMajor() ? new long[] {nTime, nChannels} : new long[] {nChannels, nTime};
  }

  /** The time step rounded to whole nanoseconds. */
  public long timeStepNanos() {
    return Math.round(timeStepSeconds * 1e9);
  }

  /** Time of sample {@code k} in UTC epoch nanoseconds: {@code start + round(k * step)}. */
  public long timeNanosOf(long k) {
    return startNanos + Math.round(k * timeStepSeconds * 1e9);
  }

  /** Time of the last sample (UTC epoch ns). */
  public long endNanos() {
    return timeNanosOf(nTime - 1);
  }

  /** The start time as an {@link Instant}. */
  public Instant start() {
    return Instant.ofEpochSecond(Math.floorDiv(startNanos, 1_000_000_000L), Math.floorMod(startNanos, 1_000_000_000L));
  }

  /** Position of channel {@code i}. */
  public double distanceOf(long i) {
    return distanceStart + i * distanceStep;
  }

  /** A copy describing the sub-block {@code [t0, t0+nt) x [c0, c0+nc)} of this patch. */
  public DasInfo slice(long t0, long nt, int c0, int nc) {
    return new DasInfo(format, version, patchIndex, dataPath, dims, dtype, nt, nc, timeNanosOf(t0), timeStepSeconds,
        distanceName, distanceOf(c0), distanceStep, distanceUnits, dataUnits, dataType, attributes);
  }

  /** A copy with another sample type (for readers that convert). */
  public DasInfo withDtype(DasDtype t) {
    return new DasInfo(format, version, patchIndex, dataPath, dims, t, nTime, nChannels, startNanos, timeStepSeconds,
        distanceName, distanceStart, distanceStep, distanceUnits, dataUnits, dataType, attributes);
  }

  /** A builder; defaults: dims (time, distance), patch 0, distance 0 + k*1 with no units. */
  public static Builder builder(String format, String version) {
    return new Builder(format, version);
  }

  /** Mutable builder of {@link DasInfo}. */
  public static final class Builder {
    private final String format;
    private final String version;
    private int patchIndex;
    private String dataPath = "";
    private List<String> dims = List.of("time", "distance");
    private DasDtype dtype;
    private long nTime;
    private int nChannels;
    private long startNanos;
    private double timeStepSeconds;
    private String distanceName = "distance";
    private double distanceStart;
    private double distanceStep = 1;
    private String distanceUnits;
    private String dataUnits;
    private String dataType;
    private final Map<String, String> attributes = new java.util.LinkedHashMap<>();

    private Builder(String format, String version) {
      this.format = format;
      this.version = version;
    }

    public Builder patch(int index, String dataPath) {
      this.patchIndex = index;
      this.dataPath = dataPath;
      return this;
    }

    public Builder dims(List<String> dims) {
      this.dims = dims;
      return this;
    }

    /** Type and counts. */
    public Builder samples(DasDtype dtype, long nTime, int nChannels) {
      this.dtype = dtype;
      this.nTime = nTime;
      this.nChannels = nChannels;
      return this;
    }

    public Builder time(long startNanos, double stepSeconds) {
      this.startNanos = startNanos;
      this.timeStepSeconds = stepSeconds;
      return this;
    }

    public Builder distance(double start, double step, String units) {
      this.distanceName = "distance";
      this.distanceStart = start;
      this.distanceStep = step;
      this.distanceUnits = units;
      return this;
    }

    /** A channel-number axis 0, 1, 2, ... without units (no positions in the file). */
    public Builder channels() {
      this.distanceName = "channel";
      this.distanceStart = 0;
      this.distanceStep = 1;
      this.distanceUnits = null;
      return this;
    }

    public Builder units(String dataUnits, String dataType) {
      this.dataUnits = dataUnits == null || dataUnits.isBlank() ? null : dataUnits;
      this.dataType = dataType == null || dataType.isBlank() ? null : dataType;
      return this;
    }

    public Builder attributes(Map<String, String> more) {
      more.forEach(attributes::putIfAbsent);
      return this;
    }

    public Builder attribute(String key, String value) {
      attributes.putIfAbsent(key, value);
      return this;
    }

    public DasInfo build() {
      if (dtype == null) throw new IllegalStateException("samples() not set");
      List<String> d = dims;
      if (distanceName.equals("channel")) d = d.stream().map(x -> x.equals("distance") ? "channel" : x).toList();
      return new DasInfo(format, version, patchIndex, dataPath, d, dtype, nTime, nChannels, startNanos, timeStepSeconds,
          distanceName, distanceStart, distanceStep, distanceUnits, dataUnits, dataType, attributes);
    }
  }
}

package dev.fathom.das;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small DAS files written by the tests (jhdf's writer for HDF5, by hand for TDMS). */
final class TestFiles {
  private TestFiles() {}

  /** An H5Simple file: raw float32 (nt, nch) with value t*1000+ch, timestamps from t0 every dt. */
  static Path h5Simple(Path file, double t0, double dt, int nt, int nch) {
    float[][] raw = new float[nt][nch];
    double[] ts = new double[nt];
    for (int t = 0; t < nt; t++) {
      ts[t] = t0 + t * dt;
      for (int c = 0; c < nch; c++) raw[t][c] = t * 1000 + c;
    }
    try (WritableHdfFile f = HdfFile.write(file)) {
      f.putDataset("raw", raw);
      f.putDataset("timestamp", ts);
    }
    return file;
  }

  /** A PRODML 2.0-like file with int16 RawData (nt, nch) = t*10 + ch, 1 kHz from 2020-01-01. */
  static Path prodml(Path file, int nt, int nch, boolean withStartTime) {
    short[][] data = new short[nt][nch];
    long[] times = new long[nt];
    for (int t = 0; t < nt; t++) {
      times[t] = 1_577_836_800_000_000L + t * 1000L;
      for (int c = 0; c < nch; c++) data[t][c] = (short) (t * 10 + c);
    }
    try (WritableHdfFile f = HdfFile.write(file)) {
      WritableGroup acq = f.putGroup("Acquisition");
      acq.putAttribute("NumberOfLoci", (long) nch);
      acq.putAttribute("SpatialSamplingInterval", 2.0);
      acq.putAttribute("SpatialSamplingIntervalUnit", "m");
      acq.putAttribute("StartLocusIndex", 5L);
      acq.putAttribute("schemaVersion", "2.0");
      acq.putAttribute("PulseRate", 1000.0);
      acq.putAttribute("PulseWidth", 10.0);
      acq.putAttribute("uuid", "test");
      WritableGroup raw = acq.putGroup("Raw[0]");
      raw.putAttribute("RawDataUnit", "rad/s");
      var d = raw.putDataset("RawData", data);
      d.putAttribute("Dimensions", "time, locus");
      var rt = raw.putDataset("RawDataTime", times);
      if (withStartTime) rt.putAttribute("PartStartTime", "2020-01-01T01:00:00.000000+01:00");
      rt.putAttribute("PartEndTime", "2020-01-01T01:00:00.000000+01:00".replace("00.000000+", String.format("%02d.%06d+", (nt - 1) / 1000, (nt - 1) % 1000 * 1000)));
    }
    return file;
  }

  /**
   * A Silixa-style TDMS file: {@code segments} segments of {@code rows} rows each, int16 value
   * (t*10 + ch), interleaved or chunked, lead-in version {@code version}.
   */
  static Path tdms(Path file, int version, int segments, int rows, int nch, boolean interleaved) throws IOException {
    List<byte[]> parts = new ArrayList<>();
    for (int s = 0; s < segments; s++) {
      ByteBuffer meta = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
      meta.putInt(2 + nch);
      str(meta, "/");
      meta.putInt(-1);
      if (s == 0) {
        meta.putInt(5);
        prop(meta, "SamplingFrequency[Hz]", 10, 1000.0);
        prop(meta, "SpatialResolution[m]", 10, 1.0);
        prop(meta, "StartPosition[m]", 10, 100.0);
        prop(meta, "Fibre Length Multiplier", 10, 1.5);
        str(meta, "GPSTimeStamp");
        meta.putInt(0x44);
        meta.putLong(Long.MIN_VALUE); // 0.5 s
        meta.putLong(TdmsTime.LABVIEW_TO_UNIX + 1_600_000_000L);
      } else {
        meta.putInt(0);
      }
      str(meta, "/'Measurement'");
      meta.putInt(-1);
      meta.putInt(0);
      for (int c = 0; c < nch; c++) {
        str(meta, "/'Measurement'/'" + c + "'");
        meta.putInt(20);
        meta.putInt(2);
        meta.putInt(1);
        meta.putLong(rows);
        meta.putInt(0);
      }
      meta.flip();
      ByteBuffer data = ByteBuffer.allocate(rows * nch * 2).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < rows * nch; i++) {
        int t = interleaved ? i / nch : i % rows;
        int c = interleaved ? i % nch : i / rows;
        data.putShort((short) ((s * rows + t) * 10 + c));
      }
      ByteBuffer lead = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
      lead.put("TDSm".getBytes(StandardCharsets.US_ASCII));
      lead.putInt(0x2 | 0x4 | 0x8 | (interleaved ? 0x20 : 0));
      lead.putInt(version);
      lead.putLong(meta.remaining() + data.capacity());
      lead.putLong(meta.remaining());
      parts.add(lead.array());
      byte[] m = new byte[meta.remaining()];
      meta.get(m);
      parts.add(m);
      parts.add(data.array());
    }
    try (var out = Files.newOutputStream(file)) {
      for (byte[] p : parts) out.write(p);
    }
    return file;
  }

  /** Seconds from 1904-01-01 to 1970-01-01. */
  static final class TdmsTime {
    static final long LABVIEW_TO_UNIX = 2_082_844_800L;
  }

  private static void str(ByteBuffer b, String s) {
    byte[] x = s.getBytes(StandardCharsets.UTF_8);
    b.putInt(x.length);
    b.put(x);
  }

  private static void prop(ByteBuffer b, String name, int type, double v) {
    str(b, name);
    b.putInt(type);
    b.putDouble(v);
  }

  /** A copy of {@code src} cut to {@code bytes} bytes. */
  static Path truncated(Path src, Path dir, long bytes) throws IOException {
    Path out = dir.resolve("cut-" + bytes + "-" + src.getFileName());
    byte[] all = Files.readAllBytes(src);
    Files.write(out, java.util.Arrays.copyOf(all, (int) Math.min(bytes, all.length)));
    return out;
  }
}

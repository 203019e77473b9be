package dev.fathom.das.format;

import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.das.DasArray;
import dev.fathom.das.DasDtype;
import dev.fathom.das.DasFile;
import dev.fathom.das.DasFormat;
import dev.fathom.das.DasInfo;
import dev.fathom.das.DasSource;
import dev.fathom.das.Detection;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyKind;
import dev.fathom.segy.SegyLayout;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * DAS written as SEG-Y (one trace per channel), read through fathom-segy; (time, channel) as
 * DASCore presents it: the channel axis is the trace index 0..n−1 (SEG-Y gives no positions DASCore
 * reads), samples as float32 (IBM floats converted). Time: trace 0's year, day of year, hour,
 * minute, second (bytes 157–165, whole seconds, UTC), step = sample interval. Version =
 * "major.minor" of the binary header's revision. Detection needs a SEG-Y (not SU) file whose probe
 * succeeds with a format code 1–16 and revision major 0–3.
 */
public final class SegyDasFormat implements DasFormat {
  @Override
  public String name() {
    return "segy";
  }

  @Override
  public String description() {
    return "DAS as SEG-Y (rev 0/1/2/2.1): one trace per channel, time from trace 0's header";
  }

  @Override
  public DasSource.Kind kind() {
    return DasSource.Kind.OTHER;
  }

  @Override
  public Detection detect(DasSource src) {
    try (SegyFile f = SegyFile.open(src.path().toString())) {
      SegyLayout l = f.layout();
      if (l.kind() != SegyKind.SEGY) return Detection.miss(name(), 0.5, "a " + l.kind() + " file, not SEG-Y");
      if (l.format().code() < 1 || l.format().code() > 16 || l.revisionMajor() < 0 || l.revisionMajor() > 3 || l.traceCount() < 1) {
        return Detection.miss(name(), 0.7, "format code " + l.format().code() + ", revision " + l.revisionMajor());
      }
      return Detection.match(name(), l.revisionMajor() + "." + l.revisionMinor());
    } catch (FathomException e) {
      return Detection.miss(name(), 0, "not SEG-Y: " + e.detail());
    }
  }

  @Override
  public DasFile open(DasSource src, String version) {
    SegyFile f = null;
    try {
      f = SegyFile.open(src.path().toString());
      if (!f.fixedLength()) {
        throw new InvalidDataException(f.name(), 3502, "variable-length traces (" + f.layout().index().minSamples() + " to "
            + f.layout().index().maxSamples() + " samples): a DAS record needs every channel to have the same samples");
      }
      var h = f.traceHeader(0);
      long seconds = LocalDate.ofYearDay((int) Math.max(1, h.get("YearDataRecorded")), (int) Math.max(1, h.get("DayOfYear")))
          .atStartOfDay().toEpochSecond(ZoneOffset.UTC)
          + h.get("HourOfDay") * 3600 + h.get("MinuteOfHour") * 60 + h.get("SecondOfMinute");
      DasInfo info = DasInfo.builder(name(), version)
          .patch(0, "traces")
          .samples(DasDtype.FLOAT32, f.samples(), Math.toIntExact(f.traceCount()))
          .time(seconds * 1_000_000_000L, f.layout().intervalUs() / 1e6)
          .channels()
          .attribute("format_code", Integer.toString(f.layout().format().code()))
          .attribute("format", f.layout().format().description())
          .build();
      return new SegyDasFile(src, f, info);
    } catch (RuntimeException e) {
      if (f != null) f.close();
      src.close();
      throw e;
    }
  }

  /** Traces as channels: blocks are gathered trace by trace. */
  private static final class SegyDasFile implements DasFile {
    private final DasSource owner;
    private final SegyFile segy;
    private final DasInfo info;

    SegyDasFile(DasSource owner, SegyFile segy, DasInfo info) {
      this.owner = owner;
      this.segy = segy;
      this.info = info;
    }

    @Override
    public DasInfo info() {
      return info;
    }

    @Override
    public float[] readChannelMajor(long t0, int nt, int c0, int nc) {
      dev.fathom.das.BlockBounds.check(info, t0, nt, c0, nc);
      float[][] tr = segy.traces(c0, nc);
      float[] out = new float[Math.multiplyExact(nt, nc)];
      for (int c = 0; c < nc; c++) System.arraycopy(tr[c], (int) t0, out, c * nt, nt);
      return out;
    }

    @Override
    public DasArray readBlock(long t0, int nt, int c0, int nc) {
      float[] cm = readChannelMajor(t0, nt, c0, nc);
      return DasArray.of(DasArray.of(cm).transposeToFloat32(nc, nt));
    }

    @Override
    public void close() {
      segy.close();
      owner.close();
    }
  }
}

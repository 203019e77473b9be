package dev.fathom.segy;

import dev.fathom.core.ByteSource;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import dev.fathom.segy.codec.SampleFormat;
import dev.fathom.segy.text.TextEncoding;
import dev.fathom.segy.text.TextHeader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Open = probe (segy.md §7.1): decides kind, byte order, text encoding, revision, extended
 * textual headers (count −1 scanned to {@code ((SEG: EndText))}), first-trace offset, headers
 * per trace, trailer, samples, interval and trace count from the file's own bytes, checking every
 * guess against the file size. Each decision is recorded with its evidence; each can be forced
 * through {@link SegyOptions}. Reads the file headers and the first trace header; for a SEG-Y
 * file whose fixed-length flag is 0, a few more trace headers, and all of them when their counts
 * say the traces differ in length ({@link TraceWalk}).
 */
public final class SegyProbe {
  private static final int TEXT = 3200;
  private static final int BIN = 400;
  private static final int FILE_HEADERS = TEXT + BIN;
  private static final int TH = SegyLayout.TRACE_HEADER_SIZE;
  /** The rev-2 byte-order constant 0x01020304 (bytes 3297-3300). */
  private static final int ORDER_CONSTANT = 0x01020304;
  /** Plausible range of an extended (rev-2 double) sample interval, microseconds. */
  private static final double MIN_INTERVAL_US = 1e-3;
  private static final double MAX_INTERVAL_US = 1e9;
  /** More extended headers than this in a count word is junk, not data. */
  private static final int MAX_EXTENDED_HEADERS = 10_000;

  private final ByteSource src;
  private final SegyOptions opts;
  private final long size;
  private final List<Decision> decisions = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  /** Set when the file is SEG-Y in a sample format we refuse. */
  private UnsupportedSampleFormatException refusedFormat;

  private SegyProbe(ByteSource src, SegyOptions opts) {
    this.src = src;
    this.opts = opts;
    this.size = src.size();
  }

  /** Probes {@code src}; throws {@link InvalidDataException} if it is no readable SEG-Y/SU. */
  public static SegyLayout probe(ByteSource src, SegyOptions opts) {
    return new SegyProbe(src, opts).run();
  }

  private SegyLayout run() {
    if (size == 0) {
      throw new InvalidDataException(src.name(), 0, "empty file: expected SEG-Y, SU or PASSCAL data");
    }
    if (opts.kind() != null) {
      decisions.add(new Decision("kind", opts.kind().name(), "given"));
      switch (opts.kind()) {
        case SEGY:
          return segy(true);
        case SU:
          return su(true);
        case PASSCAL:
          return passcal(true);
        default:
          throw new AssertionError();
      }
    }
    List<String> tried = new ArrayList<>();
    SegyLayout l = attempt(() -> segy(false), tried, "SEG-Y");
    if (l != null && l.danglingBytes() == 0) return l;
    SegyLayout p = attempt(() -> passcal(false), tried, "PASSCAL");
    if (p != null) return p;
    SegyLayout s = attempt(() -> su(false), tried, "SU");
    if (s != null) return s;
    if (l != null) return l; // SEG-Y with a truncated last trace
    if (refusedFormat != null) throw refusedFormat; // SEG-Y in a format we refuse: say just that
    throw new InvalidDataException(
        src.name(),
        0,
        "not a SEG-Y, SU or PASSCAL file: " + String.join("; ", tried)
            + " (force a layout with --kind, --endian, --format, --samples)");
  }

  private interface Attempt {
    SegyLayout get();
  }

  private SegyLayout attempt(Attempt a, List<String> tried, String what) {
    int mark = decisions.size();
    int wmark = warnings.size();
    try {
      SegyLayout l = a.get();
      if (l != null) return l;
    } catch (UnsupportedSampleFormatException e) {
      refusedFormat = e;
      tried.add(what + ": " + e.detail());
    } catch (FathomException e) {
      tried.add(what + ": " + e.detail());
    }
    decisions.subList(mark, decisions.size()).clear();
    warnings.subList(wmark, warnings.size()).clear();
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // SEG-Y

  private SegyLayout segy(boolean forced) {
    if (size < FILE_HEADERS) {
      throw new InvalidDataException(
          src.name(), size, "file has " + size + " bytes, shorter than the 3600 bytes of SEG-Y file headers");
    }
    ByteBuffer h = src.read(0, FILE_HEADERS);
    byte[] text = new byte[TEXT];
    h.get(0, text);
    ByteOrder order = segyByteOrder(h);
    h.order(order);
    int major = h.get(3500) & 0xFF;
    int minor = h.get(3501) & 0xFF;
    boolean constant = h.order(ByteOrder.BIG_ENDIAN).getInt(3296) != 0;
    h.order(order);
    boolean rev2 = major >= 2 || constant;
    decisions.add(new Decision("revision", major + "." + minor,
        "bytes 3501-3502" + (rev2 ? "; rev-2 words used" : "; rev-2 words ignored")));

    SampleFormat format = segyFormat(h, forced);
    TextEncoding enc = opts.encoding();
    if (enc == null) {
      enc = TextEncoding.detect(text, 0, TEXT);
      decisions.add(new Decision("text encoding", enc.name(), "character scores of the 3200-byte textual header"));
    } else {
      decisions.add(new Decision("text encoding", enc.name(), "given"));
    }

    int headersPerTrace = 1;
    if (rev2) {
      int extra = h.getShort(3506);
      if (extra > 0 && extra <= 100) {
        headersPerTrace = 1 + extra;
        decisions.add(new Decision("headers per trace", String.valueOf(headersPerTrace), "rev 2: 1 + bytes 3507-3508"));
      } else if (extra != 0) {
        warnings.add("ignored implausible rev-2 trace header extension count " + extra + " at bytes 3507-3508");
      }
    }

    int ext = 0;
    long trace0 = FILE_HEADERS;
    long firstTrace = rev2 ? h.getLong(3520) : 0;
    int extWord = h.getShort(3504);
    if (firstTrace > 0 && firstTrace >= FILE_HEADERS && firstTrace <= size && (firstTrace - FILE_HEADERS) % TEXT == 0) {
      trace0 = firstTrace;
      ext = (int) ((firstTrace - FILE_HEADERS) / TEXT);
      decisions.add(new Decision("first trace offset", String.valueOf(trace0), "rev 2: bytes 3521-3528"));
    } else {
      if (firstTrace != 0) {
        warnings.add("ignored implausible first-trace offset " + firstTrace + " at bytes 3521-3528");
      }
      if (extWord == -1) {
        ext = scanExtendedHeaders(opts.encoding());
        decisions.add(new Decision("extended textual headers", String.valueOf(ext), "bytes 3505-3506 = -1: scanned to ((SEG: EndText))"));
      } else if (extWord > 0 && extWord <= MAX_EXTENDED_HEADERS && FILE_HEADERS + (long) extWord * TEXT <= size) {
        ext = extWord;
        decisions.add(new Decision("extended textual headers", String.valueOf(ext), "bytes 3505-3506"));
      } else if (extWord != 0) {
        warnings.add("ignored implausible extended textual header count " + extWord + " at bytes 3505-3506");
      }
      trace0 = FILE_HEADERS + (long) ext * TEXT;
    }

    int samples = segySamples(h, rev2, trace0, order);
    double interval = segyInterval(h, rev2, trace0, order);

    long trailer = 0;
    if (rev2) {
      int m = h.getInt(3528);
      if (m > 0 && (long) m * TEXT <= size - trace0) {
        trailer = (long) m * TEXT;
        decisions.add(new Decision("trailer", m + " records", "rev 2: bytes 3529-3532"));
      } else if (m < -1 || m > 0) {
        warnings.add("ignored implausible data trailer count " + m + " at bytes 3529-3532");
      }
    }
    checkTraceSize(format, samples, headersPerTrace, samples == (h.getShort(3220) & 0xFFFF) ? 3220 : 3268);
    SegyLayout tmp = new SegyLayout(SegyKind.SEGY, order, enc, major, minor, format, samples, interval,
        ext, trace0, headersPerTrace, 0, trailer, 0, decisions, warnings);
    long traceBytes = tmp.traceBytes();
    if (ext > 0 && trace0 == FILE_HEADERS + (long) ext * TEXT && extWord > 0
        && (size - trace0 - trailer) % traceBytes != 0 && (size - FILE_HEADERS - trailer) % traceBytes == 0) {
      warnings.add("extended textual header count " + ext + " at bytes 3505-3506 leaves a partial trace while 0 fits the file exactly; using 0");
      decisions.add(new Decision("extended textual headers", "0", "count word " + ext + " contradicts the file size"));
      ext = 0;
      trace0 = FILE_HEADERS;
    }
    long data = size - trace0 - trailer;
    long count = data / traceBytes;
    long dangling = data % traceBytes;
    long declared = rev2 ? h.getLong(3512) : 0;
    if (declared > 0 && declared < count) {
      dangling += (count - declared) * traceBytes;
      count = declared;
      decisions.add(new Decision("trace count", String.valueOf(count), "rev 2: bytes 3513-3520"));
    } else {
      decisions.add(new Decision("trace count", String.valueOf(count),
          "(" + size + " - " + trace0 + (trailer > 0 ? " - " + trailer : "") + ") / " + traceBytes + " bytes per trace"));
    }
    boolean fixedFlag = h.getShort(3502) != 0;
    if (!fixedFlag && opts.samples() == null) {
      TraceWalk w = new TraceWalk(src, trace0, size - trailer, format, headersPerTrace, order, samples);
      if (!w.spotChecksAgree(count, traceBytes)) {
        TraceIndex index = w.walk();
        if (index != null) {
          checkTraceSize(format, index.maxSamples(), headersPerTrace, 3502);
          decisions.removeIf(d -> d.name().equals("trace count"));
          decisions.add(new Decision("trace count", String.valueOf(index.count()), "walking the trace headers"));
          int ns = index.maxSamples();
          boolean oneLength = index.minSamples() == ns; // then fixed-length after all, with the traces' count
          if (oneLength) {
            decisions.removeIf(d -> d.name().equals("samples"));
            decisions.add(new Decision("samples", String.valueOf(ns), "every trace header (" + w.countBytes() + ")"));
            warnings.add("the binary header says " + samples + " samples per trace, every trace header says " + ns + ": " + ns + " used");
          } else {
            decisions.add(new Decision("trace lengths", "variable: " + index.minSamples() + " to " + ns + " samples",
                "bytes 3503-3504 = 0 and the trace headers' sample counts (" + w.countBytes() + ") walk the file to its end exactly"));
          }
          return new SegyLayout(SegyKind.SEGY, order, enc, major, minor, format, ns, interval, ext, trace0,
              headersPerTrace, index.count(), trailer, 0, List.copyOf(decisions), List.copyOf(warnings), oneLength ? null : index);
        }
        warnings.add("trace headers hold sample counts (" + w.countBytes() + ") other than the binary header's " + samples
            + ", and those counts do not walk the file; every trace is taken to have " + samples + " samples");
      }
    }
    if (dangling != 0) {
      if (!forced && count == 0) {
        throw new InvalidDataException(src.name(), trace0,
            "no complete trace: " + data + " bytes after the file headers, a trace needs " + traceBytes);
      }
      warnings.add("the last trace is truncated: " + dangling + " bytes after trace " + count
          + " at byte " + (trace0 + count * traceBytes) + ", a trace needs " + traceBytes
          + "; the " + count + " complete traces are readable");
    }
    return new SegyLayout(SegyKind.SEGY, order, enc, major, minor, format, samples, interval, ext, trace0,
        headersPerTrace, count, trailer, dangling, List.copyOf(decisions), List.copyOf(warnings));
  }

  /** A trace must fit one Java array (2 GB): larger ones are refused at open, not at read. */
  private void checkTraceSize(SampleFormat format, long samples, int headersPerTrace, long offset) {
    long bytes = (long) TH * headersPerTrace + samples * format.bytesPerSample();
    if (samples > Integer.MAX_VALUE - 8 || bytes > Integer.MAX_VALUE - 8) {
      throw new InvalidDataException(src.name(), offset,
          samples + " samples per trace (" + bytes + " bytes) exceed what one trace may hold here (2 GB); "
              + "the sample count is probably wrong (force it with --samples)");
    }
  }

  private ByteOrder segyByteOrder(ByteBuffer h) {
    if (opts.byteOrder() != null) {
      decisions.add(new Decision("byte order", name(opts.byteOrder()), "given"));
      return opts.byteOrder();
    }
    int c = h.order(ByteOrder.BIG_ENDIAN).getInt(3296);
    if (c == ORDER_CONSTANT) {
      decisions.add(new Decision("byte order", "big", "rev-2 constant 0x01020304 at bytes 3297-3300"));
      return ByteOrder.BIG_ENDIAN;
    }
    if (c == Integer.reverseBytes(ORDER_CONSTANT)) {
      decisions.add(new Decision("byte order", "little", "rev-2 constant 0x04030201 at bytes 3297-3300"));
      return ByteOrder.LITTLE_ENDIAN;
    }
    if (c == 0x02010403) {
      throw new InvalidDataException(src.name(), 3296,
          "pair-swapped (16-bit word-swapped) byte order constant 0x02010403: not supported");
    }
    boolean be = SampleFormat.forCodeOrNull(h.order(ByteOrder.BIG_ENDIAN).getShort(3224)) != null;
    boolean le = SampleFormat.forCodeOrNull(h.order(ByteOrder.LITTLE_ENDIAN).getShort(3224)) != null;
    if (be != le) {
      ByteOrder o = be ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      decisions.add(new Decision("byte order", name(o), "format code at bytes 3225-3226 valid only " + name(o) + "-endian"));
      return o;
    }
    boolean fitsBe = fits(h, ByteOrder.BIG_ENDIAN);
    boolean fitsLe = fits(h, ByteOrder.LITTLE_ENDIAN);
    if (fitsBe != fitsLe) {
      ByteOrder o = fitsBe ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      decisions.add(new Decision("byte order", name(o), "samples at bytes 3221-3222 divide the file size only " + name(o) + "-endian"));
      return o;
    }
    decisions.add(new Decision("byte order", "big", "no evidence either way: SEG-Y default"));
    return ByteOrder.BIG_ENDIAN;
  }

  private boolean fits(ByteBuffer h, ByteOrder o) {
    h.order(o);
    int ns = h.getShort(3220) & 0xFFFF;
    SampleFormat f = SampleFormat.forCodeOrNull(h.getShort(3224));
    int bps = f == null ? 4 : f.bytesPerSample();
    return ns > 0 && (size - FILE_HEADERS) % (TH + (long) ns * bps) == 0;
  }

  private SampleFormat segyFormat(ByteBuffer h, boolean forced) {
    if (opts.formatCode() != null) {
      decisions.add(new Decision("format", String.valueOf(opts.formatCode()), "given"));
      return SampleFormat.fromCode(opts.formatCode(), src.name(), SampleFormat.FORMAT_CODE_OFFSET);
    }
    int code = h.getShort(3224);
    if (code == 4) {
      throw new UnsupportedSampleFormatException(src.name(), SampleFormat.FORMAT_CODE_OFFSET,
          "sample format 4 (fixed point with gain, obsolete since rev 1) is not supported (bytes 3225-3226)");
    }
    SampleFormat f = SampleFormat.fromCode(code, src.name(), SampleFormat.FORMAT_CODE_OFFSET);
    decisions.add(new Decision("format", String.valueOf(code), "bytes 3225-3226: " + f.description()));
    return f;
  }

  private int segySamples(ByteBuffer h, boolean rev2, long trace0, ByteOrder order) {
    if (opts.samples() != null) {
      decisions.add(new Decision("samples", String.valueOf(opts.samples()), "given"));
      return opts.samples();
    }
    int ns = h.getShort(3220) & 0xFFFF;
    int extNs = h.getInt(3268);
    if (extNs > 0 && (rev2 || ns == 0)) {
      decisions.add(new Decision("samples", String.valueOf(extNs), "bytes 3269-3272 (extended samples)"));
      return extNs;
    }
    if (ns > 0) {
      decisions.add(new Decision("samples", String.valueOf(ns), "bytes 3221-3222"));
      return ns;
    }
    if (trace0 + TH <= size) {
      ByteBuffer th = src.read(trace0, TH).order(order);
      int tns = th.getShort(114) & 0xFFFF;
      if (tns > 0) {
        decisions.add(new Decision("samples", String.valueOf(tns), "binary header says 0: first trace header bytes 115-116"));
        return tns;
      }
    }
    throw new InvalidDataException(src.name(), 3220,
        "zero samples per trace in bytes 3221-3222, 3269-3272 and the first trace header (force with --samples)");
  }

  private double segyInterval(ByteBuffer h, boolean rev2, long trace0, ByteOrder order) {
    if (opts.intervalUs() != null) {
      decisions.add(new Decision("interval", opts.intervalUs() + " us", "given"));
      return opts.intervalUs();
    }
    int dt = h.getShort(3216);
    int traceDt = trace0 + TH <= size ? src.read(trace0, TH).order(order).getShort(116) : 0;
    if (rev2) {
      double ext = h.getDouble(3272);
      if (ext >= MIN_INTERVAL_US && ext < MAX_INTERVAL_US) {
        decisions.add(new Decision("interval", ext + " us", "rev 2: bytes 3273-3280 (extended interval)"));
        return ext;
      } else if (ext != 0) {
        warnings.add("ignored implausible extended sample interval " + ext + " at bytes 3273-3280");
      }
    }
    if (dt > 0) {
      decisions.add(new Decision("interval", dt + " us", "bytes 3217-3218"));
      if (traceDt > 0 && traceDt != dt) {
        warnings.add("binary header interval " + dt + " us differs from the first trace's " + traceDt + " us (bytes 117-118); using the binary header's");
      }
      return dt;
    }
    if (traceDt > 0) {
      decisions.add(new Decision("interval", traceDt + " us", "binary header says " + dt + ": first trace header bytes 117-118"));
      return traceDt;
    }
    decisions.add(new Decision("interval", "4000.0 us", "no positive interval in the headers: 4 ms default"));
    warnings.add("no positive sample interval in the headers; assuming 4000 us (force with --interval)");
    return 4000;
  }

  private int scanExtendedHeaders(TextEncoding forced) {
    int n = 0;
    for (long pos = FILE_HEADERS; pos + TEXT <= size && n < MAX_EXTENDED_HEADERS; pos += TEXT) {
      byte[] rec = new byte[TEXT];
      src.read(pos, TEXT).get(rec);
      n++;
      TextEncoding enc = forced != null ? forced : TextEncoding.detect(rec, 0, TEXT);
      if (new TextHeader(rec, enc).isEndText()) {
        return n;
      }
    }
    throw new InvalidDataException(src.name(), 3504,
        "extended textual header count -1 but no ((SEG: EndText)) stanza found after " + n + " records");
  }

  // ---------------------------------------------------------------------------------------------
  // SU and PASSCAL

  private SegyLayout su(boolean forced) {
    if (size < TH) {
      throw new InvalidDataException(src.name(), size, "file has " + size + " bytes, shorter than one 240-byte trace header");
    }
    ByteBuffer th = src.read(0, TH);
    ByteOrder order = opts.byteOrder();
    String why = "given";
    if (order == null) {
      boolean be = suFits(th, ByteOrder.BIG_ENDIAN);
      boolean le = suFits(th, ByteOrder.LITTLE_ENDIAN);
      if (!be && !le && !forced) {
        throw new InvalidDataException(src.name(), 114,
            "samples at trace bytes 115-116 (" + (th.order(ByteOrder.BIG_ENDIAN).getShort(114) & 0xFFFF) + " big-endian, "
                + (th.order(ByteOrder.LITTLE_ENDIAN).getShort(114) & 0xFFFF) + " little-endian) do not divide the file size into whole traces");
      }
      order = be && le ? secondHeaderOrder(th) : (le ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      why = "samples at bytes 115-116 divide the file size " + name(order) + "-endian";
    }
    decisions.add(new Decision("kind", "SU", "no SEG-Y file headers; fixed-length traces"));
    decisions.add(new Decision("byte order", name(order), why));
    int ns = opts.samples() != null ? opts.samples() : th.order(order).getShort(114) & 0xFFFF;
    decisions.add(new Decision("samples", String.valueOf(ns), opts.samples() != null ? "given" : "first trace header bytes 115-116"));
    if (ns == 0) {
      throw new InvalidDataException(src.name(), 114, "zero samples per trace in the first trace header");
    }
    SampleFormat fmt = opts.formatCode() != null
        ? SampleFormat.fromCode(opts.formatCode(), src.name(), 114)
        : SampleFormat.SU_NATIVE_FLOAT;
    double dt = opts.intervalUs() != null ? opts.intervalUs() : th.order(order).getShort(116) & 0xFFFF;
    return singleHeaderLayout(SegyKind.SU, order, fmt, ns, dt);
  }

  private boolean suFits(ByteBuffer th, ByteOrder o) {
    int ns = th.order(o).getShort(114) & 0xFFFF;
    return ns > 0 && size % (TH + 4L * ns) == 0;
  }

  /** When both orders divide the size, the order in which the second header repeats ns wins. */
  private ByteOrder secondHeaderOrder(ByteBuffer th) {
    for (ByteOrder o : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      int ns = th.order(o).getShort(114) & 0xFFFF;
      long next = TH + 4L * ns;
      if (next + TH <= size && (src.read(next, TH).order(o).getShort(114) & 0xFFFF) == ns) {
        return o;
      }
    }
    return ByteOrder.BIG_ENDIAN;
  }

  private SegyLayout passcal(boolean forced) {
    if (size < TH) {
      throw new InvalidDataException(src.name(), size, "file has " + size + " bytes, shorter than one 240-byte trace header");
    }
    ByteBuffer th = src.read(0, TH);
    for (ByteOrder o : opts.byteOrder() != null ? new ByteOrder[] {opts.byteOrder()}
        : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      th.order(o);
      int ns16 = th.getShort(114) & 0xFFFF;
      long ns = ns16 == 32767 ? th.getInt(228) : ns16;
      int code = th.getShort(204);
      int rate = th.getInt(200);
      if ((code != 0 && code != 1) || ns <= 0 || ns > Integer.MAX_VALUE) continue;
      SampleFormat fmt = SampleFormat.fromCode(code == 0 ? 3 : 2, src.name(), 204);
      boolean exact = size == TH + ns * fmt.bytesPerSample();
      boolean marked = ns16 == 32767 || rate > 0;
      if (forced || (exact && marked)) {
        decisions.add(new Decision("kind", "PASSCAL", "one trace, data format word 205-206 = " + code
            + (ns16 == 32767 ? ", samples 32767 → bytes 229-232" : ", sample rate at 201-204")));
        decisions.add(new Decision("byte order", name(o), forced && opts.byteOrder() != null ? "given" : "size = 240 + samples × bytes"));
        decisions.add(new Decision("samples", String.valueOf(ns), ns16 == 32767 ? "bytes 229-232" : "bytes 115-116"));
        double dt = opts.intervalUs() != null ? opts.intervalUs() : rate > 0 ? rate : th.getShort(116) & 0xFFFF;
        return singleHeaderLayout(SegyKind.PASSCAL, o, fmt, (int) ns, dt);
      }
    }
    throw new InvalidDataException(src.name(), 114, "not a PASSCAL single-trace file (data format word, sample count and size disagree)");
  }

  private SegyLayout singleHeaderLayout(SegyKind kind, ByteOrder order, SampleFormat fmt, int ns, double dt) {
    checkTraceSize(fmt, ns, 1, 114);
    if (dt <= 0) {
      warnings.add("no positive sample interval in the trace header; assuming 4000 us (force with --interval)");
      dt = 4000;
    }
    decisions.add(new Decision("interval", dt + " us", "trace header"));
    long traceBytes = TH + (long) ns * fmt.bytesPerSample();
    long count = size / traceBytes;
    long dangling = size % traceBytes;
    if (dangling != 0) {
      warnings.add("the last trace is truncated: " + dangling + " bytes after trace " + count + ", a trace needs " + traceBytes);
    }
    decisions.add(new Decision("trace count", String.valueOf(count), size + " / " + traceBytes + " bytes per trace"));
    return new SegyLayout(kind, order, null, 0, 0, fmt, ns, dt, 0, 0, 1, count, 0, dangling,
        List.copyOf(decisions), List.copyOf(warnings));
  }

  private static String name(ByteOrder o) {
    return o == ByteOrder.BIG_ENDIAN ? "big" : "little";
  }
}

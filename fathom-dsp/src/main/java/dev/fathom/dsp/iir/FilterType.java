package dev.fathom.dsp.iir;

import java.util.Locale;

/** Band type of an IIR design, with scipy's accepted spellings. */
public enum FilterType {
  LOWPASS,
  HIGHPASS,
  BANDPASS,
  BANDSTOP;

  /**
   * Parses scipy's {@code btype} strings: lowpass/low/lp, highpass/high/hp, bandpass/band/pass/bp,
   * bandstop/stop/bs (case-insensitive).
   */
  public static FilterType parse(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "lowpass":
      case "low":
      case "lp":
        return LOWPASS;
      case "highpass":
      case "high":
      case "hp":
        return HIGHPASS;
      case "bandpass":
      case "band":
      case "pass":
      case "bp":
        return BANDPASS;
      case "bandstop":
      case "stop":
      case "bs":
        return BANDSTOP;
      default:
        throw new IllegalArgumentException("unknown filter type '" + s + "'");
    }
  }

  /** Whether the design needs two critical frequencies. */
  public boolean isBand() {
    return this == BANDPASS || this == BANDSTOP;
  }
}

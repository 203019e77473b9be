package dev.fathom.pipeline.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a synthetic archive contains, for a demo to print and tests to check.
 *
 * @param spec the archive's shape
 * @param zones flowing zones
 * @param events pulses moving along the fibre
 * @param deadChannels channels that are all zeros
 * @param noisyChannels channels with 8 times the background noise
 * @param files the SEG-Y files, in time order (empty until written)
 */
public record DasArchiveTruth(
    DasArchiveSpec spec, List<FlowZone> zones, List<MovingEvent> events, List<Integer> deadChannels, List<Integer> noisyChannels,
    List<Path> files) {

  public DasArchiveTruth {
    zones = List.copyOf(zones);
    events = List.copyOf(events);
    deadChannels = List.copyOf(deadChannels);
    noisyChannels = List.copyOf(noisyChannels);
    files = List.copyOf(files);
  }

  DasArchiveTruth withFiles(List<Path> written) {
    return new DasArchiveTruth(spec, zones, events, deadChannels, noisyChannels, written);
  }

  /** Human-readable lines: one per zone, event and channel list. */
  public List<String> describe() {
    List<String> l = new ArrayList<>();
    for (FlowZone z : zones) {
      l.add(String.format(Locale.ROOT, "flowing zone at %.1f m (±%.1f m): %.0f-%.0f Hz, amplitude %.1f varying over %.0f s",
          z.depth(), z.halfWidth(), z.lowHz(), z.highHz(), z.amplitude(), z.periodSeconds()));
    }
    for (MovingEvent e : events) {
      l.add(String.format(Locale.ROOT, "moving event: %.0f Hz pulse at %.1f m at t = %.2f s, %+.0f m/s along the fibre",
          e.frequencyHz(), e.originDepth(), e.time(), e.velocity()));
    }
    l.add("dead channels: " + deadChannels + ", noisy channels: " + noisyChannels);
    return l;
  }
}

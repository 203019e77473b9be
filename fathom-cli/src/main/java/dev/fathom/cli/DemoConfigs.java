package dev.fathom.cli;

import dev.fathom.core.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's configuration files, in distpy's formats, as a user would write them: one system
 * config per step, the noise-log graph, the plots spec and the pipeline that chains them.
 */
final class DemoConfigs {
  private DemoConfigs() {}

  /** Noise log in the synthetic zones' bands (50-150, 300-600, 800-1200 Hz at 4 kHz), plus a thumbnail. */
  static final String GRAPH = """
      {"document": 0, "name": "demo noise log",
       "description": "distpy's strainrate2noiselog with the demo zones' bands, and a thumbnail per chunk",
       "command_list": [
        {"name": "fft", "uid": 1, "in_uid": 0},
        {"name": "rms_from_fft", "uid": 2, "in_uid": 1, "low_freq": 0, "high_freq": -1},
        {"name": "multiple_calcs", "uid": 3, "in_uid": 1, "func": "te_from_fft",
         "low_freq": [50, 300, 800], "high_freq": [150, 600, 1200]},
        {"name": "write_witsml", "uid": 4, "in_uid": 3, "directory_out": "NoiseLog", "gather_uids": [2],
         "low_freq": [50, 300, 800], "high_freq": [150, 600, 1200], "data_style": "NoiseLog"},
        {"name": "thumbnail", "uid": 5, "in_uid": 0, "directory_out": "png", "clip_level": 2.0,
         "cmap": "seismic", "figure_size": [8, 5], "dpi": 80,
         "axes": ["depth (m)", "time (samples)"]}]}
      """;

  static final String PLOTS = """
      {"figure_size": [12, 6], "dpi": 100,
       "start_of_fibre": 500, "end_of_fibre": 1010,
       "time_reference": "band_0-nyquist/time.npy", "depth_reference": "band_0-nyquist/measured_depth.npy",
       "depth_display_unit": "m",
       "plots": [
        {"plot_type": "well_log", "out_plot": "noise_log_bands", "plot_list": [
          {"title_text": "all (rms)", "data": "band_0-nyquist/%1$d.npy", "colormap": "UAVK"},
          {"title_text": "50-150 Hz", "data": "band_01_50-150/%1$d.npy", "colormap": "magma"},
          {"title_text": "300-600 Hz", "data": "band_02_300-600/%1$d.npy", "colormap": "viridis"},
          {"title_text": "800-1200 Hz", "data": "band_03_800-1200/%1$d.npy", "colormap": "plasma"}]},
        {"plot_type": "stack", "out_plot": "noise_log_stack", "plot_list": [
          {"title_text": "50-150 Hz", "data": "band_01_50-150/%1$d.npy", "colormap": "magma", "alpha": 0.5},
          {"title_text": "300-600 Hz", "data": "band_02_300-600/%1$d.npy", "colormap": "viridis", "alpha": 0.5},
          {"title_text": "800-1200 Hz", "data": "band_03_800-1200/%1$d.npy", "colormap": "cividis", "alpha": 0.5}]},
        {"plot_type": "rgb", "out_plot": "noise_log_rgb", "plot_list": [
          {"title_text": "50-150 Hz", "data": "band_01_50-150/%1$d.npy"},
          {"title_text": "300-600 Hz", "data": "band_02_300-600/%1$d.npy"},
          {"title_text": "800-1200 Hz", "data": "band_03_800-1200/%1$d.npy"}]}]}
      """;

  /**
   * Writes {@code <root>/config/*.json} and returns the pipeline file.
   *
   * @param root the demo folder (archive under archive/demo/sgy)
   * @param seconds recording length (the collected series' first column is the demo start)
   */
  static Path write(Path root, long seconds) throws IOException {
    Path cfg = Files.createDirectories(root.resolve("config"));
    put(cfg.resolve("noiselog.json"), GRAPH);
    put(cfg.resolve("plots.json"), PLOTS.formatted(DemoCommand.START));
    put(cfg.resolve("ingest.json"), system("archive", "sgy", "scratch", "sgy_data", null, ""));
    put(cfg.resolve("process.json"), system("scratch", "sgy_data", "home", "witsml", "noiselog.json",
        ", \"measured_depth\": \"measured_depth.npy\", \"prf\": " + DemoCommand.RATE));
    put(cfg.resolve("collect.json"), system("home", "witsml", "scratch", "interpretation", null, ""));
    put(cfg.resolve("plot.json"), system("scratch", "interpretation/NoiseLog", "home", "plots", "plots.json", ""));
    Path pipeline = cfg.resolve("pipeline.json");
    put(pipeline, """
        {"steps": [
          {"step": "ingest", "config": "ingest.json", "chunk_seconds": 1},
          {"step": "process", "config": "process.json"},
          {"step": "collect", "config": "collect.json"},
          {"step": "plot", "config": "plot.json"}]}
        """);
    return pipeline;
  }

  private static String system(String inDrive, String data, String outDrive, String results, String config, String extra) {
    int cores = Runtime.getRuntime().availableProcessors();
    return "{\"in_drive\": \"../" + inDrive + "\", \"out_drive\": \"../" + outDrive + "\", \"project\": \"demo\", "
        + "\"data\": \"" + data + "\", \"results\": \"" + results + "\", \"parallel_flag\": 1, \"ncpu\": " + cores
        + (config == null ? "" : ", \"config\": \"" + config + "\"") + extra + "}\n";
  }

  private static void put(Path file, String text) {
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}

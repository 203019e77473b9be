package dev.fathom.graph.parity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fathom.graph.NdArray;
import dev.fathom.graph.NpyConversion;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One command or graph case of reference/distpy/manifest.json (specs/distpy.md §7.3), with its
 * input chunk and axes resolved to files under reference/distpy.
 */
record ReferenceCase(Path root, JsonNode manifest, JsonNode json) {
  String id() {
    return json.get("id").asText();
  }

  boolean expectsError() {
    return "error".equals(json.path("status").asText());
  }

  /** The uid distpy failed at, or -1 (build-time failures have none). */
  int errorUid() {
    JsonNode u = json.path("error").path("uid");
    return u.isInt() ? u.asInt() : -1;
  }

  String errorText() {
    return json.path("error").path("error").asText();
  }

  JsonNode graph() {
    return json.get("graph");
  }

  private JsonNode input() {
    return manifest.get("inputs").get(json.get("input").asText());
  }

  NdArray chunk() {
    return NpyConversion.read(root.resolve(input().get("data").get("file").asText()));
  }

  /** The case's xaxis: the input's, reshaped to (nx, 1) where the case says so. */
  NdArray xaxis() {
    NdArray x = NpyConversion.read(root.resolve(input().get("xaxis").get("file").asText()));
    return json.path("context").path("xaxis").asText().contains("(nx,1)") ? x.reshape(x.size(), 1) : x;
  }

  double prf() {
    JsonNode p = json.path("context").path("prf");
    return p.isNumber() ? p.asDouble() : input().get("prf").asDouble();
  }

  long t0() {
    return Long.parseLong(json.path("context").path("date_dir").asText("1600000000"));
  }

  /** The expected output entry of a uid, or a missing node. */
  JsonNode output(int uid) {
    return json.path("outputs").path(Integer.toString(uid));
  }

  /** The node-0 array after the run, for distpy's in-place commands, or null. */
  Path mutatedInput() {
    JsonNode m = json.get("input_mutated_in_place");
    return m == null ? null : root.resolve(m.get("file").asText());
  }

  /** The numpy-1.24 (double-precision FFT) result of a uid, or null (specs/distpy.md §5). */
  Path altFile(int uid) {
    JsonNode a = manifest.path("crosscheck").path("results").path(id()).path("outputs")
        .path(Integer.toString(uid)).path("alt_file");
    return a.isTextual() && Files.exists(root.resolve(a.asText())) ? root.resolve(a.asText()) : null;
  }
}

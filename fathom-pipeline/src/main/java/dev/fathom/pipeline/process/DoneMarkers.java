package dev.fathom.pipeline.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fathom.core.AtomicFiles;
import dev.fathom.core.FathomException;
import dev.fathom.core.SinkAccessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Completion markers of processed chunks: {@code <dir>/<unixtime>.json} = {@code {"outputs":
 * [relative paths]}}, written atomically after every output of the chunk is in place.
 */
final class DoneMarkers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DoneMarkers() {}

  /** Records that chunk {@code time} wrote {@code outputs} (relative to the output folder). */
  static void write(Path dir, long time, List<String> outputs) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SinkAccessException(dir.toString(), FathomException.NO_OFFSET, "cannot create folder: " + e.getMessage());
    }
    ObjectNode o = JSON.createObjectNode();
    o.putArray("outputs").addAll(outputs.stream().map(JSON.getNodeFactory()::textNode).toList());
    byte[] bytes = o.toString().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(dir.resolve(time + ".json"), bytes);
  }

  /** Whether chunk {@code time} has a marker and every output it lists exists under {@code out}. */
  static boolean complete(Path dir, long time, Path out) {
    Path m = dir.resolve(time + ".json");
    if (!Files.isRegularFile(m)) return false;
    try {
      JsonNode o = JSON.readTree(m.toFile());
      for (JsonNode p : o.path("outputs")) {
        if (!Files.isRegularFile(out.resolve(p.asText()))) return false;
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

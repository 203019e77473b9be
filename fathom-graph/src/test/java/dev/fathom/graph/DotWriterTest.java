package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fathom.core.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** distpy's documentation-mode Graphviz text (io_helpers.dot_graph). */
class DotWriterTest {
  @Test
  void noiselogGraphGivesDistpysConfigGv() throws IOException {
    Path ref = SharedData.require("reference/distpy");
    JsonNode manifest = new ObjectMapper().readTree(ref.resolve("manifest.json").toFile());
    JsonNode graph = null;
    for (JsonNode c : manifest.get("cases")) {
      if (c.get("id").asText().equals("strainrate2noiselog")) graph = c.get("graph");
    }
    String expected = Files.readString(ref.resolve("docs_output/noiselog/config.gv"));
    assertEquals(expected, DotWriter.toDot(GraphParser.fromJson(graph, "noiselog")));
  }

  @Test
  void commentsAndFormattingLabelNodes() {
    Graph g = GraphParser.parse("""
        {"command_list": [
          {"name": "abs", "uid": 1, "in_uid": 0, "comment": "magnitude", "formatting": "color=red"},
          {"name": "add", "uid": 2, "in_uid": 1, "gather_uids": [0]}]}""", "g");
    assertEquals("""
        digraph G {
        abs_1[label="magnitude",color=red];
        load_data_0 -> abs_1
        add_2[label="add",];
        abs_1 -> add_2
        load_data_0 -> add_2
        }
        """, DotWriter.toDot(g));
  }
}

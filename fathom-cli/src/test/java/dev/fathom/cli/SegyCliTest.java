package dev.fathom.cli;

import static dev.fathom.cli.CliRun.fathom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segy verbs end to end: synth → info --json → headers → stats, and user errors. */
class SegyCliTest {
  @TempDir Path dir;

  @Test
  void synthInfoHeadersStats() throws Exception {
    Path sgy = dir.resolve("s.sgy");
    CliRun.Result synth = fathom("segy", "synth", sgy.toString(), "--inlines", "4", "--crosslines", "5", "--samples", "50", "--format", "ibm", "--endian", "little");
    assertEquals(0, synth.code(), synth.err());

    CliRun.Result info = fathom("segy", "info", sgy.toString(), "--json");
    assertEquals(0, info.code(), info.err());
    JsonNode j = new ObjectMapper().readTree(info.out());
    assertEquals(20, j.get("traces").asInt());
    assertEquals(50, j.get("samples").asInt());
    assertEquals("little", j.get("byte_order").asText());
    assertEquals(1, j.get("format").get("code").asInt());
    assertEquals("POST_STACK_3D", j.get("geometry").get("type").asText());
    assertEquals(4, j.get("geometry").get("inlines").size());

    Path csv = dir.resolve("h.csv");
    CliRun.Result headers = fathom("segy", "headers", sgy.toString(), "--fields", "INLINE_3D,CROSSLINE_3D,CDP_X", "--scaled", "--csv", csv.toString());
    assertEquals(0, headers.code(), headers.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("trace,INLINE_3D,CROSSLINE_3D,CDP_X", lines.get(0));
    assertEquals(21, lines.size());
    String[] first = lines.get(1).split(",");
    assertEquals("1000", first[1]);
    assertEquals("2000", first[2]);
    assertEquals(450000.0, Double.parseDouble(first[3]), 1e-9);

    CliRun.Result stats = fathom("segy", "stats", sgy.toString());
    assertEquals(0, stats.code(), stats.err());
    String[] rows = stats.out().split("\n");
    assertEquals("trace,min,max,mean,mean_abs,rms,sum,sum_abs", rows[0]);
    assertEquals(21, rows.length);
    String[] r0 = rows[1].split(",");
    double meanAbs = Double.parseDouble(r0[4]);
    double sumAbs = Double.parseDouble(r0[7]);
    assertEquals(sumAbs / 50, meanAbs, 1e-12);
    assertTrue(meanAbs > 0);
  }

  @Test
  void userErrorsAreOneLineAndExitTwo() throws Exception {
    CliRun.Result missing = fathom("segy", "info", dir.resolve("nope.sgy").toString());
    assertEquals(Main.EXIT_USER_ERROR, missing.code());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    assertTrue(missing.err().contains("nope.sgy"));
    assertFalse(missing.err().contains("\tat "), "no stack trace without --verbose");

    Path junk = dir.resolve("junk.sgy");
    Files.write(junk, new byte[5000]);
    CliRun.Result bad = fathom("segy", "stats", junk.toString());
    assertEquals(Main.EXIT_USER_ERROR, bad.code());
    assertEquals(1, bad.err().strip().lines().count(), bad.err());

    CliRun.Result field = fathom("segy", "headers", dir.resolve("nope.sgy").toString(), "--fields", "NOT_A_FIELD");
    assertEquals(Main.EXIT_USER_ERROR, field.code());
  }
}

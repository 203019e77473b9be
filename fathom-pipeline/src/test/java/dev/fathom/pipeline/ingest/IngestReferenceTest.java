package dev.fathom.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest against distpy's own outputs (reference/distpy/pipeline and segy_ibm). */
class IngestReferenceTest {
  @TempDir Path tmp;

  private List<UnitResult<IngestJob.Result>> ingest(Path archive, Path out, boolean force) {
    return new LocalRunner(2).run(new IngestJob(archive, out, 1, NpyDtype.FLOAT64, force), RunListener.NONE);
  }

  private Path archiveOf(Path sgy) throws IOException {
    Path archive = Files.createDirectories(tmp.resolve("archive"));
    Files.copy(sgy, archive.resolve(sgy.getFileName()));
    return archive;
  }

  @Test
  void segyIeeeGivesDistpysChunksAndDepths() throws IOException {
    Path ref = SharedData.require("reference/distpy/pipeline");
    Path out = tmp.resolve("sgy_data");
    List<UnitResult<IngestJob.Result>> r = ingest(archiveOf(ref.resolve("input/synthetic_ieee.sgy")), out, false);
    assertEquals(1, r.size());
    assertTrue(r.get(0).ok(), r.get(0).error());
    assertEquals(3, r.get(0).value().written());
    Path expected = ref.resolve("scratch/refprj/sgy_data");
    for (String name : List.of("1600000000.npy", "1600000001.npy", "1600000002.npy", "measured_depth.npy")) {
      NpyArray want = Npy.read(expected.resolve(name));
      NpyArray got = Npy.read(out.resolve(name));
      assertArrayEquals(want.shape(), got.shape(), name);
      assertEquals(want.dtype(), got.dtype(), name);
      assertArrayEquals(want.toDoubleArray(), got.toDoubleArray(), 0.0, name);
    }
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(4, s.count(), "three chunks and measured_depth.npy, no temporaries");
    }
    // a rerun skips every chunk
    List<UnitResult<IngestJob.Result>> again = ingest(tmp.resolve("archive"), out, false);
    assertEquals(0, again.get(0).value().written());
    assertEquals(3, again.get(0).value().skipped());
  }

  @Test
  void ibmSegyGivesTheIntendedValuesNotDistpysMisreading() throws IOException {
    Path ref = SharedData.require("reference/distpy/segy_ibm");
    Path out = tmp.resolve("chunks");
    List<UnitResult<IngestJob.Result>> r = ingest(archiveOf(ref.resolve("synthetic_ibm.sgy")), out, false);
    assertTrue(r.get(0).ok(), r.get(0).error());
    double[] expected = Npy.read(ref.resolve("expected_ieee.npy")).toDoubleArray();
    int nx = 4;
    int nt = expected.length / nx;
    try (Stream<Path> s = Files.list(out)) {
      List<Path> chunks = s.filter(p -> p.getFileName().toString().matches("\\d+\\.npy")).sorted().toList();
      int col = 0;
      for (Path c : chunks) {
        NpyArray a = Npy.read(c);
        int w = (int) a.shape()[1];
        double[] v = a.toDoubleArray();
        for (int x = 0; x < nx; x++) {
          for (int t = 0; t < w; t++) {
            assertEquals(expected[x * nt + col + t], v[x * w + t], 0.0, c + " [" + x + "," + t + "]");
          }
        }
        col += w;
      }
      assertEquals(nt, col, "all samples in the chunks");
    }
  }
}

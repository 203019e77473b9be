package dev.fathom.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.das.DasFile;
import dev.fathom.das.DasFiles;
import dev.fathom.das.DasInfo;
import dev.fathom.pipeline.run.LocalRunner;
import dev.fathom.pipeline.run.RunListener;
import dev.fathom.pipeline.run.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of DAS vendor files (PRODML HDF5) into chunks, beside SEG-Y in the same archive. */
class IngestDasTest {
  @TempDir Path root;

  @Test
  void prodmlFileBecomesOneSecondChunksWithItsDistanceAxis() throws IOException {
    Path h5 = SharedData.require("testdata/das/prodml_2.0.h5");
    Path archive = Files.createDirectories(root.resolve("archive"));
    Files.copy(h5, archive.resolve("prodml_2.0.h5"));
    DasSegy.write(archive.resolve("later.sgy"), 4, 300, 100, 1_700_000_000L, null);
    Files.writeString(archive.resolve("notes.txt"), "not a recording");
    Path out = root.resolve("chunks");
    List<UnitResult<IngestJob.Result>> r = new LocalRunner(2).run(
        new IngestJob(archive, out, 1, NpyDtype.FLOAT32, false), RunListener.NONE);
    assertEquals(2, r.size(), "the .h5 and the .sgy; the .txt is not a recording");
    for (UnitResult<IngestJob.Result> u : r) assertTrue(u.ok(), u.error());

    try (DasFile f = DasFiles.open(h5)) {
      DasInfo info = f.info();
      int rate = (int) Math.round(1 / info.timeStepSeconds());
      long first = Math.floorDiv(info.startNanos(), 1_000_000_000L);
      long chunks = (info.nTime() + rate - 1) / rate;
      assertEquals(chunks, r.stream().filter(u -> u.label().endsWith(".h5")).findFirst().orElseThrow().value().written());
      NpyArray c1 = Npy.read(out.resolve((first + 1) + ".npy"));
      assertEquals(info.nChannels(), c1.shape()[0]);
      assertEquals(rate, c1.shape()[1]);
      float[] expected = f.readChannelMajor(rate, rate, 0, info.nChannels());
      double[] got = c1.toDoubleArray();
      for (int i = 0; i < expected.length; i++) assertEquals(expected[i], got[i], 0.0, "sample " + i);
      long lastLen = info.nTime() - (chunks - 1) * rate;
      assertEquals(lastLen, Npy.read(out.resolve((first + chunks - 1) + ".npy")).shape()[1], "partial last chunk kept");
    }
  }
}

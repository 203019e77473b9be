package dev.fathom.das;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.FathomException;
import dev.fathom.core.SharedData;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.filter.Filter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gives typed {@link FathomException}s with a useful message, never a raw jhdf
 * exception, NPE or crash: unknown HDF5 layouts, truncated files, missing attributes and
 * compression filters jhdf cannot decode.
 */
class DasErrorsTest {
  @TempDir Path tmp;

  @Test
  void hdf5MatchingNoFormatNamesTheClosest() {
    Path file = tmp.resolve("almost-prodml.h5");
    try (WritableHdfFile f = HdfFile.write(file)) {
      var acq = f.putGroup("Acquisition");
      acq.putAttribute("schemaVersion", "2.0");
      acq.putAttribute("NumberOfLoci", 10L);
    }
    UnknownDasFormatException e = assertThrows(UnknownDasFormatException.class, () -> DasFiles.open(file));
    assertTrue(e.getMessage().contains("unknown DAS format; closest: PRODML (missing /Acquisition@SpatialSamplingInterval, /Acquisition@StartLocusIndex)"),
        e.getMessage());
  }

  @Test
  void segyWithVariableLengthTracesIsRefusedNamingTheFile() {
    Path file = dev.fathom.segy.VariableLengthSegy.write(tmp.resolve("v.sgy"), 10, 10, 7, 12);
    dev.fathom.core.InvalidDataException e = assertThrows(dev.fathom.core.InvalidDataException.class, () -> DasFiles.open(file, "segy"));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("variable-length traces (7 to 12 samples)"), e.getMessage());
  }

  @Test
  void emptyHdf5IsUnknown() {
    Path file = tmp.resolve("empty.h5");
    try (WritableHdfFile f = HdfFile.write(file)) {
      f.putAttribute("hello", "world");
    }
    UnknownDasFormatException e = assertThrows(UnknownDasFormatException.class, () -> DasFiles.open(file));
    assertTrue(e.getMessage().contains("unknown DAS format; closest: "), e.getMessage());
  }

  @Test
  void missingAttributeIsNamed() {
    Path file = TestFiles.prodml(tmp.resolve("no-start.h5"), 10, 4, false);
    DasFormatException e = assertThrows(DasFormatException.class, () -> DasFiles.open(file));
    assertTrue(e.getMessage().contains("missing attribute /Acquisition/Raw[0]/RawData@PartStartTime"), e.getMessage());
  }

  @Test
  void forcingAFormatThatDoesNotFitSaysWhatIsMissing() {
    Path file = SharedData.require("testdata/das/gdr_1.h5");
    FathomException e = assertThrows(FathomException.class, () -> DasFiles.open(file, "prodml"));
    assertTrue(e.getMessage().contains("missing group /Acquisition"), e.getMessage());
    FathomException kind = assertThrows(FathomException.class, () -> DasFiles.open(file, "TDMS"));
    assertTrue(kind.getMessage().contains("format TDMS is TDMS"), kind.getMessage());
    FathomException unknown = assertThrows(FathomException.class, () -> DasFiles.open(file, "nope"));
    assertTrue(unknown.getMessage().contains("unknown DAS format 'nope'"), unknown.getMessage());
  }

  @Test
  void truncatedHdf5GivesATypedErrorOrTheWholeData() throws Exception {
    Path src = SharedData.require("testdata/das/prodml_2.0.h5");
    String whole;
    try (DasFile f = DasFiles.open(src)) {
      whole = Fingerprint.of(f.read()).sha256();
    }
    long size = Files.size(src);
    int errors = 0;
    for (long cut = 100; cut < size; cut += size / 23) {
      Path file = TestFiles.truncated(src, tmp, cut);
      try (DasFile f = DasFiles.open(file)) {
        // a cut that removed nothing the file uses must give the same data
        assertEquals(whole, Fingerprint.of(f.read()).sha256(), "cut at " + cut);
      } catch (FathomException e) {
        errors++;
        assertTrue(e instanceof TruncatedDasFileException || e instanceof DasFormatException || e instanceof UnknownDasFormatException,
            "cut at " + cut + ": " + e.getClass() + " " + e.getMessage());
      }
      Files.delete(file);
    }
    assertTrue(errors >= 20, errors + " of 23 cuts gave an error");
  }

  @Test
  void truncatedTdmsMetadataIsTyped() throws Exception {
    Path src = SharedData.require("testdata/das/sample_tdms_file_v4713.tdms");
    Path file = TestFiles.truncated(src, tmp, 5000);
    TruncatedDasFileException e = assertThrows(TruncatedDasFileException.class, () -> DasFiles.open(file));
    assertTrue(e.getMessage().contains("TDMS"), e.getMessage());
  }

  @Test
  void truncatedTdmsDataIsClippedToWholeRows() throws Exception {
    Path src = TestFiles.tdms(tmp.resolve("whole.tdms"), 4713, 1, 40, 6, true);
    long size = Files.size(src);
    Path file = TestFiles.truncated(src, tmp, size - 2 * 6 * 10 - 3); // 10 rows and 3 bytes short
    try (DasFile f = DasFiles.open(file)) {
      assertEquals(29, f.info().nTime());
      assertEquals(28 * 10 + 5, f.read().get(28, 5));
    }
  }

  @Test
  void undecodableCompressionFilterIsNamed() {
    Path file = tmp.resolve("blosc.h5");
    Filter fakeBlosc = new Filter() {
      @Override
      public int getId() {
        return 32001;
      }

      @Override
      public String getName() {
        return "blosc";
      }

      @Override
      public byte[] decode(byte[] data, int[] params) {
        return data;
      }

      @Override
      public byte[] encode(byte[] data, int[] params) {
        return data;
      }
    };
    float[][] raw = new float[16][4];
    try (WritableHdfFile f = HdfFile.write(file)) {
      f.putDataset("raw", raw, DatasetCreationOptions.builder().chunkDimensions(8, 4).filter(fakeBlosc).build());
      f.putDataset("timestamp", new double[16]);
    }
    UnsupportedFilterException e = assertThrows(UnsupportedFilterException.class, () -> {
      try (DasFile f = DasFiles.open(file)) {
        f.read();
      }
    });
    assertTrue(e.getMessage().contains("blosc"), e.getMessage());
    assertEquals("blosc (id 32001)", e.filter());
  }

  /**
   * The Terra15 v5 sample's paged fixed-array chunk indexes are read by Fathom (jhdf rejects their
   * unwritten pages); a written page whose stored checksum is altered must still be refused. Its
   * first data block: signature, version, client id, 8-byte header address, a 3-byte page bitmap
   * (11626640 / 515 chunks in pages of 1024) and a checksum, then page 0 (1024 8-byte addresses,
   * checksum).
   */
  @Test
  void corruptFixedArrayPageIsRefusedByItsChecksum() throws Exception {
    byte[] bytes = Files.readAllBytes(SharedData.require("testdata/das/terra15_v5_test_file.hdf5"));
    int block = indexOf(bytes, "FADB".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(block > 0, "the sample has a fixed array data block");
    Path file = tmp.resolve("terra15-corrupt-index.hdf5");
    bytes[block + 4 + 1 + 1 + 8 + 3 + 4 + 1024 * 8] ^= 0x01; // page 0's checksum
    Files.write(file, bytes);
    DasFormatException e = assertThrows(DasFormatException.class, () -> {
      try (DasFile f = DasFiles.open(file)) {
        f.readChannelMajor(0, (int) f.info().nTime(), 0, f.info().nChannels());
      }
    });
    assertTrue(e.getMessage().contains("checksum mismatch in the fixed array page 0"), e.getMessage());
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}

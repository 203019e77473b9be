package dev.fathom.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileByteSourceTest {
  @TempDir Path dir;

  @Test
  void readsRanges() throws Exception {
    Path f = dir.resolve("a.bin");
    byte[] data = new byte[1000];
    for (int i = 0; i < data.length; i++) data[i] = (byte) i;
    Files.write(f, data);
    try (ByteSource s = ByteSource.open(f.toString())) {
      assertEquals(1000, s.size());
      ByteBuffer b = s.read(250, 10);
      byte[] got = new byte[10];
      b.get(got);
      byte[] want = new byte[10];
      System.arraycopy(data, 250, want, 0, 10);
      assertArrayEquals(want, got);
    }
  }

  @Test
  void readPastEndNamesSourceAndOffset() throws Exception {
    Path f = dir.resolve("short.bin");
    Files.write(f, new byte[100]);
    try (ByteSource s = ByteSource.open(f)) {
      SourceAccessException e = assertThrows(SourceAccessException.class, () -> s.read(90, 20));
      assertEquals(f.toString(), e.source());
      assertEquals(100, e.offset());
      assertTrue(e.getMessage().contains("end of file"), e.getMessage());
    }
  }

  @Test
  void missingFileAndDirectoryAreTypedErrors() {
    SourceAccessException missing =
        assertThrows(SourceAccessException.class, () -> ByteSource.open(dir.resolve("nope").toString()));
    assertTrue(missing.getMessage().contains("no such file"));
    SourceAccessException isDir = assertThrows(SourceAccessException.class, () -> ByteSource.open(dir.toString()));
    assertTrue(isDir.getMessage().contains("directory"));
  }

  @Test
  void unknownSchemeIsTypedError() {
    SourceAccessException e = assertThrows(SourceAccessException.class, () -> ByteSource.open("gopher://x/y"));
    assertTrue(e.getMessage().contains("gopher"), e.getMessage());
  }
}

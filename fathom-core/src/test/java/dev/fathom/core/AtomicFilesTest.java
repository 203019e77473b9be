package dev.fathom.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private static AtomicFiles.ContentWriter text(String s) {
    return out -> out.write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAndReplacesLeavingNoTemporaryFile() throws Exception {
    Path f = dir.resolve("out.npy");
    AtomicFiles.write(f, text("first"));
    assertEquals("first", Files.readString(f));
    AtomicFiles.write(f, text("second, longer"));
    assertEquals("second, longer", Files.readString(f));
    assertEquals(List.of("out.npy"), names());
  }

  @Test
  void readersSeeTheOldContentUntilTheEnd() throws Exception {
    Path f = dir.resolve("out.npy");
    Files.writeString(f, "old");
    AtomicFiles.write(f, out -> {
      out.write(ByteBuffer.wrap("new".getBytes(StandardCharsets.UTF_8)));
      assertEquals("old", Files.readString(f));
      try (Stream<Path> s = Files.list(dir)) {
        // the temporary file is hidden from *.npy globs
        assertEquals(1, s.filter(p -> FileSystems.getDefault().getPathMatcher("glob:*.npy").matches(p.getFileName())).count());
      }
    });
    assertEquals("new", Files.readString(f));
  }

  @Test
  void failureKeepsTheOldFileAndRemovesTheTemporary() throws Exception {
    Path f = dir.resolve("out.npy");
    Files.writeString(f, "old");
    SinkAccessException e = assertThrows(SinkAccessException.class, () -> AtomicFiles.write(f, out -> {
      out.write(ByteBuffer.wrap(new byte[10]));
      throw new IOException("disk full");
    }));
    assertEquals(f.toString(), e.source());
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    assertEquals("old", Files.readString(f));
    assertEquals(List.of("out.npy"), names());

    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, out -> {
      throw bug;
    })));
    assertEquals(List.of("out.npy"), names());
  }

  @Test
  void missingFolderIsNamed() {
    Path f = dir.resolve("nope/out.npy");
    SinkAccessException e = assertThrows(SinkAccessException.class, () -> AtomicFiles.write(f, text("x")));
    assertEquals(f.toString(), e.source());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void newFilesGetTheUsualPermissions() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
    Path plain = Files.writeString(dir.resolve("plain"), "x");
    Path atomic = dir.resolve("atomic");
    AtomicFiles.write(atomic, text("x"));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
  }

  @Test
  void largeContentIsComplete() throws Exception {
    byte[] big = new byte[3_000_000];
    for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
    Path f = dir.resolve("big.bin");
    AtomicFiles.write(f, out -> {
      ByteBuffer b = ByteBuffer.wrap(big);
      while (b.hasRemaining()) out.write(b);
    });
    assertArrayEquals(big, Files.readAllBytes(f));
  }
}

package dev.fathom.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SinkAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutputStoreTest extends OutputStoreContract {
  @TempDir Path dir;
  private int stores;

  @Override
  protected OutputStore store() {
    return OutputStore.open(dir.resolve("store" + stores++).toString());
  }

  @Override
  protected int largeSize() {
    return 3 << 20;
  }

  @Test
  void pendingOutputIsAHiddenTemporaryFileBesideTheTarget() throws IOException {
    OutputStore store = store();
    AtomicOutput out = store.create("sub/f.npy");
    out.write(new byte[100_000]);
    Path sub = Path.of(store.location(), "sub");
    try (Stream<Path> files = Files.list(sub)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertEquals(1, names.size());
      assertTrue(names.get(0).startsWith(".f.npy.") && names.get(0).endsWith(".tmp"), names.toString());
    }
    out.abort();
    try (Stream<Path> files = Files.list(sub)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void fileUriOpensAFolderStore() {
    OutputStore store = OutputStore.open(dir.resolve("u").toUri().toString());
    assertInstanceOf(FileOutputStore.class, store);
    store.write("n.txt", out -> out.write('n'));
    assertTrue(Files.isRegularFile(dir.resolve("u/n.txt")));
  }

  @Test
  void unwritableRootIsASinkError() throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    SinkAccessException e = assertThrows(SinkAccessException.class, () -> new FileOutputStore(file).create("a.bin"));
    assertTrue(e.getMessage().contains("plain-file"), e.getMessage());
  }

  @Test
  void unknownSchemeIsASinkError() {
    SinkAccessException e = assertThrows(SinkAccessException.class, () -> OutputStore.open("gopher://x/y"));
    assertTrue(e.getMessage().contains("no writer for scheme 'gopher'"), e.getMessage());
  }
}

package dev.fathom.pipeline.collect;

import java.nio.file.Path;

/** Reads WITSML FBE chunk files through {@link FbeReader}. */
final class FbeChunkReader implements ChunkReader {
  @Override
  public Chunk read(ChunkFile file) {
    FbeLog log = FbeReader.read(Path.of(file.path()));
    return new Chunk(log.source(), log.creationDate(), log.depth(), log.curves(), log.values());
  }
}

package dev.fathom.pipeline.collect;

/** Reads the chunk files of one folder. */
interface ChunkReader {
  /** Reads one chunk file. */
  Chunk read(ChunkFile file);

  /** The reader for the files of {@code plan}. */
  static ChunkReader of(FolderPlan plan) {
    return plan.kind() == ChunkKind.WITSML ? new FbeChunkReader() : new NpyChunkReader(plan);
  }
}

package dev.fathom.das;

import java.util.List;

/**
 * A file holding several patches (FBE bands, Febus zones): behaves as its first patch, gives the
 * others through {@link #patch(int)} and closes the shared source once.
 */
public final class MultiPatchDasFile implements DasFile {
  private final DasSource owner;
  private final List<DasFile> patches;

  public MultiPatchDasFile(DasSource owner, List<DasFile> patches) {
    if (patches.isEmpty()) throw new DasFormatException(owner.name(), "the file holds no data patch");
    this.owner = owner;
    this.patches = List.copyOf(patches);
  }

  @Override
  public DasInfo info() {
    return patches.get(0).info();
  }

  @Override
  public int patchCount() {
    return patches.size();
  }

  @Override
  public DasFile patch(int i) {
    return i == 0 ? this : patches.get(i);
  }

  @Override
  public DasArray readBlock(long t0, int nt, int c0, int nc) {
    return patches.get(0).readBlock(t0, nt, c0, nc);
  }

  @Override
  public float[] readChannelMajor(long t0, int nt, int c0, int nc) {
    return patches.get(0).readChannelMajor(t0, nt, c0, nc);
  }

  @Override
  public void close() {
    owner.close();
  }
}

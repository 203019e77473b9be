package dev.fathom.das;

/** Checks a requested block against a patch's extent. */
public final class BlockBounds {
  private BlockBounds() {}

  public static void check(DasInfo info, long t0, int nt, int c0, int nc) {
    if (t0 < 0 || nt < 0 || c0 < 0 || nc < 0 || t0 + nt > info.nTime() || (long) c0 + nc > info.nChannels()) {
      throw new IndexOutOfBoundsException("block [" + t0 + "+" + nt + ", " + c0 + "+" + nc + ") outside "
          + info.nTime() + " x " + info.nChannels());
    }
  }
}

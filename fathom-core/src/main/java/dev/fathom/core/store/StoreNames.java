package dev.fathom.core.store;

/**
 * Names of outputs in an {@link OutputStore}: relative, {@code /}-separated, no empty, {@code .}
 * or {@code ..} segment, no backslash, no control character; the same in a folder and in an
 * object store.
 */
public final class StoreNames {
  private StoreNames() {}

  /**
   * Returns {@code name} when it is a valid output name.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String check(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("empty output name");
    }
    if (name.startsWith("/") || name.endsWith("/")) {
      throw new IllegalArgumentException("output name must be relative and name a file, not '" + name + "'");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' || c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException("output name has a backslash or control character: '" + name + "'");
      }
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("output name has an empty, '.' or '..' part: '" + name + "'");
      }
    }
    return name;
  }

  /**
   * Returns {@code prefix} when it can start output names ("" allowed; no leading {@code /},
   * no {@code ..}).
   */
  public static String checkPrefix(String prefix) {
    if (prefix == null) {
      throw new IllegalArgumentException("null prefix");
    }
    if (prefix.isEmpty()) {
      return prefix;
    }
    check(prefix.endsWith("/") ? prefix + "x" : prefix);
    return prefix;
  }
}

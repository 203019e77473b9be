package dev.fathom.segy;

/**
 * One decision the probe made when opening a file, and why: shown by {@code segy info} so a user
 * can see, and override, every guess.
 *
 * @param name what was decided (e.g. "byte order")
 * @param value the value chosen
 * @param reason the evidence, or "given" when the user forced it
 */
public record Decision(String name, String value, String reason) {
  @Override
  public String toString() {
    return name + " = " + value + " (" + reason + ")";
  }
}

package it.app;

/** Written by hand; the generator must never delete it. */
public final class Hand {
  private Hand() {}

  public static String greeting() {
    return "你好";
  }
}

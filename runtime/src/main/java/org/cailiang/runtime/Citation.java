package org.cailiang.runtime;

import java.util.Objects;

/**
 * An article cited as the legal basis of a decision.
 *
 * @param regulation the title of the regulation, without book-title marks
 * @param number the article's numbering as written, e.g. {@code 第十三条第（一）项}
 * @param text the article's verbatim text
 */
public record Citation(String regulation, String number, String text) {
  /**
   * Requires every part.
   *
   * @param regulation the title of the regulation, without book-title marks
   * @param number the article's numbering as written, e.g. {@code 第十三条第（一）项}
   * @param text the article's verbatim text
   */
  public Citation {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(text, "text");
  }

  /** {@code 《regulation》number}. */
  @Override
  public String toString() {
    return "《" + regulation + "》" + number;
  }
}

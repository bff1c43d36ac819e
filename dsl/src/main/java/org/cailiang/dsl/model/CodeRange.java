package org.cailiang.dsl.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The code or codes of a violation: {@code C05837}, or {@code C05840..C05846} for seven codes that
 * share the same tiers. Well-formedness is checked by the checker; {@link #codes()} assumes it.
 */
public record CodeRange(String first, String last, SourceSpan span) {

  /** Whether this names more than one code. */
  public boolean isRange() {
    return !first.equals(last);
  }

  /** The prefix of a code before its trailing digits. */
  public static String stem(String code) {
    int end = code.length();
    while (end > 0 && Character.isDigit(code.charAt(end - 1))) {
      end--;
    }
    return code.substring(0, end);
  }

  /** Every code of the range, in order. */
  public List<String> codes() {
    if (!isRange()) {
      return List.of(first);
    }
    String stem = stem(first);
    int width = first.length() - stem.length();
    long from = Long.parseLong(first.substring(stem.length()));
    long to = Long.parseLong(last.substring(stem(last).length()));
    List<String> codes = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      codes.add(stem + String.format("%0" + width + "d", n));
    }
    return codes;
  }

  /** {@code C05840..C05846}, or the single code. */
  @Override
  public String toString() {
    return isRange() ? first + ".." + last : first;
  }
}

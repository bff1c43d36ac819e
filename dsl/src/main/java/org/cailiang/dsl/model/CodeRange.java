package org.cailiang.dsl.model;

import java.util.List;
import org.cailiang.runtime.internal.Codes;

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
    return Codes.stem(code);
  }

  /** Every code of the range, in order. */
  public List<String> codes() {
    return List.of(Codes.expand(first, last));
  }

  /** {@code C05840..C05846}, or the single code. */
  @Override
  public String toString() {
    return isRange() ? first + ".." + last : first;
  }
}

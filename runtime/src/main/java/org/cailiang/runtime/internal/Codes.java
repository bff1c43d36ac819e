package org.cailiang.runtime.internal;

/** Code ranges: {@code C05840..C05846} names the seven codes C05840 to C05846. */
public final class Codes {
  /** A range larger than this is a typo, not a table: refused before anything is expanded. */
  public static final int MAX_CODES = 10_000;

  private Codes() {}

  /**
   * Every code from {@code first} to {@code last}. Both must share the prefix before their
   * trailing digits and have as many digits; a single code is a range of one.
   *
   * @throws IllegalArgumentException when the two do not form such a range, or one of more than
   *     {@link #MAX_CODES} codes
   */
  public static String[] expand(String first, String last) {
    if (first.equals(last)) {
      return new String[] {first};
    }
    String stem = stem(first);
    int width = first.length() - stem.length();
    if (width == 0 || width > 18 || !stem.equals(stem(last)) || last.length() != first.length()) {
      throw new IllegalArgumentException("not a code range: " + first + ".." + last);
    }
    long from = Long.parseLong(first.substring(stem.length()));
    long to = Long.parseLong(last.substring(stem.length()));
    if (from > to) {
      throw new IllegalArgumentException("not a code range: " + first + ".." + last);
    }
    if (to - from >= MAX_CODES) {
      throw new IllegalArgumentException("more than " + MAX_CODES + " codes: " + first + ".." + last);
    }
    String[] codes = new String[(int) (to - from + 1)];
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < codes.length; i++) {
      String digits = Long.toString(from + i);
      code.setLength(0);
      code.append(stem);
      for (int pad = digits.length(); pad < width; pad++) {
        code.append('0');
      }
      codes[i] = code.append(digits).toString();
    }
    return codes;
  }

  /** Whether a code is made of ASCII letters and digits only, as codes must be. */
  public static boolean isAlphanumeric(String code) {
    if (code.isEmpty()) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** The prefix of a code before its trailing digits: {@code C} for {@code C05840}. */
  public static String stem(String code) {
    int end = code.length();
    while (end > 0 && code.charAt(end - 1) >= '0' && code.charAt(end - 1) <= '9') {
      end--;
    }
    return code.substring(0, end);
  }

  /**
   * The codes of some violations, each written as its code or its range {@code first..last},
   * separated by spaces, in one or more texts (a generated class keeps each constant short).
   *
   * @param texts the codes and ranges
   * @return every code, expanded
   * @throws IllegalArgumentException when a range is not one ({@link #expand})
   */
  public static java.util.Set<String> set(String... texts) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (String text : texts) {
      for (String range : text.split(" ")) {
        int dots = range.indexOf("..");
        java.util.Collections.addAll(codes, dots < 0 ? new String[] {range}
            : expand(range.substring(0, dots), range.substring(dots + 2)));
      }
    }
    return java.util.Set.copyOf(codes);
  }
}

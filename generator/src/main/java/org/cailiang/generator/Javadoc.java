package org.cailiang.generator;

/**
 * Text from a standard made safe inside a Javadoc comment: HTML is escaped, {@code *}{@code /}
 * cannot close the comment, a backslash cannot start a unicode escape (javac reads those even
 * in comments), and {@code @} cannot start a tag.
 */
final class Javadoc {
  private Javadoc() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '\\':
          out.append("&#92;");
          break;
        case '@':
          out.append("&#64;");
          break;
        case '/':
          // "*/" would end the comment; "/*" inside it draws a lint warning.
          boolean afterStar = out.length() > 0 && out.charAt(out.length() - 1) == '*';
          boolean beforeStar = i + 1 < text.length() && text.charAt(i + 1) == '*';
          out.append(afterStar || beforeStar ? "&#47;" : "/");
          break;
        case '\r':
          break;
        default:
          // Line and paragraph separators end a line for javac too.
          out.append(c == '\u2028' || c == '\u2029' ? '\n' : c);
      }
    }
    return out.toString();
  }

  /** Escaped text as paragraphs: each line of the source text a line of the comment. */
  static String block(String text) {
    return escape(text).replace("\n", "<br>\n");
  }
}

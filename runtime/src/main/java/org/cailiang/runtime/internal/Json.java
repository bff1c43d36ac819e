package org.cailiang.runtime.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer: values are built from maps, lists, strings, numbers, booleans and null.
 * Strings are escaped for any content, including {@code </script>}, so the output is also safe
 * inside HTML. Numbers are exact: money is written from {@link BigDecimal} digits. The one
 * writer of cailiang's JSON: the CLI calls it too.
 */
public final class Json {
  private Json() {}

  /**
   * Pretty-printed JSON with two-space indentation and a final newline.
   *
   * @param value a map, list, string, number, boolean or null
   * @return the JSON text
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal number) {
      out.append(number.stripTrailingZeros().toPlainString());
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      String inner = indent + "  ";
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(inner);
        string(String.valueOf(entry.getKey()), out);
        out.append(": ");
        write(entry.getValue(), out, inner);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      String inner = indent + "  ";
      for (int i = 0; i < list.size(); i++) {
        out.append(inner);
        write(list.get(i), out, inner);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          // By code point: the invisible tag characters (U+E0000..U+E007F) are surrogate pairs.
          int codePoint = text.codePointAt(i);
          if (c == '<' || c == '>' || c == '&' || isInvisible(codePoint)) {
            for (char unit : Character.toChars(codePoint)) {
              out.append(String.format("\\u%04x", (int) unit));
            }
            i += Character.charCount(codePoint) - 1;
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /**
   * Whether a reader cannot see the character: controls, format characters (bidi overrides,
   * zero-width), line and paragraph separators. The same rule as the compiler's diagnostics.
   *
   * @param codePoint the character
   * @return whether it is written as an escape
   */
  public static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return codePoint != '\n' && codePoint != '\t'
        && (type == Character.CONTROL || type == Character.FORMAT
            || codePoint == '\u2028' || codePoint == '\u2029');
  }

  /**
   * An object with its keys in the order given: {@code object("a", 1, "b", 2)}. (Map.of has no
   * order, and output must be byte-identical from run to run.)
   *
   * @param keysAndValues keys and values, alternating
   * @return a mutable, ordered map
   */
  public static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }
}

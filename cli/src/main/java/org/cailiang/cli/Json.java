package org.cailiang.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON for the CLI: values are built from maps, lists, strings, numbers, booleans and null, and
 * written by the runtime's one writer ({@code org.cailiang.runtime.internal.Json}): strings
 * escaped for any content, including {@code </script>}, numbers exact.
 */
public final class Json {
  private Json() {}

  /** Pretty-printed JSON with two-space indentation and a final newline (the runtime's writer). */
  public static String write(Object value) {
    return org.cailiang.runtime.internal.Json.write(value);
  }

  /**
   * An object with its keys in the order given: {@code object("a", 1, "b", 2)}. (Map.of has no
   * order, and output must be byte-identical from run to run.)
   */
  public static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }
}

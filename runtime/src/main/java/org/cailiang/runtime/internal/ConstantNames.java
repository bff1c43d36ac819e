package org.cailiang.runtime.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Java constant names generated enums give a fact's values ({@code otherSerious} →
 * {@code OTHER_SERIOUS}; two ids that mend to one name get {@code _2}, {@code _3}…), in one
 * place: the generator names the constants with it and the interpreter reads them with it, so
 * that {@code "OTHER_SERIOUS"} means the same value to both. Not API.
 */
public final class ConstantNames {
  private ConstantNames() {}

  /**
   * The constant name of each value, in order.
   *
   * @param ids the values' ids, in declaration order
   * @return one distinct name per id
   */
  public static List<String> of(List<String> ids) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>(ids.size());
    for (String id : ids) {
      String wanted = constant(id);
      String name = wanted;
      for (int n = 2; !taken.add(name); n++) {
        name = wanted + "_" + n;
      }
      names.add(name);
    }
    return names;
  }

  /**
   * A constant name: a word starts where lower case turns upper ({@code otherSerious} → {@code
   * OTHER_SERIOUS}), characters Java does not allow become {@code _}, a name that cannot start an
   * identifier gets {@code V_}. (Upper case is never a Java keyword; {@code _} alone is, and
   * becomes {@code __}.)
   *
   * @param name a name from a standard
   * @return the Java constant name
   */
  public static String constant(String name) {
    StringBuilder out = new StringBuilder();
    int previous = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isUpperCase(cp) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
        out.append('_');
      }
      out.appendCodePoint(Character.isJavaIdentifierPart(cp) ? cp : '_');
      previous = cp;
    }
    String constant = out.toString().toUpperCase(Locale.ROOT);
    if (constant.isEmpty() || !Character.isJavaIdentifierStart(constant.codePointAt(0))) {
      constant = "V_" + constant;
    }
    return constant.equals("_") ? "__" : constant;
  }
}

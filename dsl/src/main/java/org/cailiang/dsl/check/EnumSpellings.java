package org.cailiang.dsl.check;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Fact;

/**
 * Rejects an enumerated fact whose values could be mistaken for one another on input. Facts are
 * given by id or by label ({@code level=较重}), so a value whose id is another value's label
 * ({@code 一般 "较重", 较重 "严重"}) makes {@code 较重} mean two things: the wrong tier, silently.
 * Spellings that differ only in letter case or in full-width against half-width forms count as
 * the same, since that is how people retype them.
 */
final class EnumSpellings {
  private EnumSpellings() {}

  static void check(Fact fact, Iterable<EnumValue> values, Diagnostics diagnostics) {
    Map<String, Spelling> seen = new LinkedHashMap<>();
    java.util.List<EnumValue> all = new java.util.ArrayList<>();
    values.forEach(all::add);
    // The generated enum's constant names are read as spellings too (ß's constant is SS).
    java.util.List<String> constants = org.cailiang.runtime.internal.ConstantNames.of(
        all.stream().map(EnumValue::id).toList());
    for (int i = 0; i < all.size(); i++) {
      EnumValue value = all.get(i);
      boolean reported = false;
      for (Spelling spelling : new Spelling[] {new Spelling(value, "名称", value.id()),
          new Spelling(value, "标签", value.label()), new Spelling(value, "Java 常量名", constants.get(i))}) {
        Spelling first = seen.putIfAbsent(key(spelling.text()), spelling);
        if (!reported && first != null && first.value() != value && !first.sameKindAndText(spelling)) {
          reported = true; // once per value: its name and constant are often one word
          diagnostics.error(
              value.span(),
              "ambiguous-value",
              "事实 " + fact.id() + "（" + fact.label() + "）的取值 " + value.id() + " 的" + spelling.what()
                  + "「" + spelling.text() + "」与取值 " + first.value().id() + " 的" + first.what()
                  + "「" + first.text() + "」" + (first.text().equals(spelling.text()) ? "相同" : "只差大小写、全角半角或首尾空白")
                  + "，输入 " + spelling.text() + " 时无法判断是哪一个：请改用不会混淆的名称或标签");
        }
      }
    }
  }

  /** The form two spellings share when a person would take them for the same word. */
  static String key(String text) {
    // Full case folding: ß and ss, ı and i are one word once upper-cased (hostile check: a
    // value typed as the other's constant name chose the wrong tier).
    // Stripped as the runtime strips what it reads (hostile check: a label "　较重" with an
    // ideographic space was another value's id 较重 once typed).
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
  }

  private record Spelling(EnumValue value, String what, String text) {
    /** An exact duplicate id or label is already reported as a duplicate declaration. */
    boolean sameKindAndText(Spelling other) {
      return what.equals(other.what) && text.equals(other.text);
    }
  }
}

package org.cailiang.dsl.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.SourceSpan;

/** Reports a name declared twice in one scope, pointing at the second and naming the first. */
final class Names {
  private Names() {}

  static <T> void unique(
      Iterable<T> items,
      Function<T, String> name,
      Function<T, SourceSpan> span,
      String what,
      Diagnostics diagnostics) {
    unique(items, name, span, what, "声明", diagnostics);
  }

  /**
   * As {@link #unique(Iterable, Function, Function, String, Diagnostics)}, saying what was done
   * twice: a test case's fact is given a value, not declared (legal author).
   */
  static <T> void unique(
      Iterable<T> items,
      Function<T, String> name,
      Function<T, SourceSpan> span,
      String what,
      String done,
      Diagnostics diagnostics) {
    Map<String, SourceSpan> seen = new HashMap<>();
    for (T item : items) {
      SourceSpan first = seen.putIfAbsent(name.apply(item), span.apply(item));
      if (first != null) {
        diagnostics.error(
            span.apply(item),
            "duplicate-name",
            what + " " + name.apply(item) + " 重复" + done + "（首次" + done + "于第 " + first.line() + " 行）");
      }
    }
  }
}

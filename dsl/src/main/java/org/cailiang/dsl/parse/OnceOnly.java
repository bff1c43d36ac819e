package org.cailiang.dsl.parse;

import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.SourceSpan;

/**
 * The properties one declaration holds once (a standard's {@code effective}, a tier's {@code
 * text}): a second is an error, where it silently replaced the first (hostile check: two
 * {@code effective} dates, two official texts, the last kept and nothing said).
 */
final class OnceOnly {
  private final Diagnostics diagnostics;
  private final Spans spans;
  private final Map<String, SourceSpan> seen = new HashMap<>();

  OnceOnly(Diagnostics diagnostics, Spans spans) {
    this.diagnostics = diagnostics;
    this.spans = spans;
  }

  /** Notes the property {@code keyword} declared at {@code context}; a second is reported. */
  void declare(String keyword, String what, ParserRuleContext context) {
    SourceSpan here = spans.of(context);
    SourceSpan first = seen.putIfAbsent(keyword, here);
    if (first != null) {
      diagnostics.error(here, "duplicate-property", what + "（" + keyword + "）只能声明一次（首次声明于第 "
          + first.line() + " 行）");
    }
  }
}

package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/**
 * The statute (罚则) is the law's range as the penalty article states it: every amount, number of
 * days and multiple a statute clause writes must be one its article's text states. A statute
 * typed wrong (二十万 for 十万) would otherwise pass every tier checked against it.
 */
final class StatuteText {
  static final String CHECK = "statute-text";

  private StatuteText() {}

  static void run(Standard standard, Violation violation, Reporter reporter) {
    Article article = violation.basis().flatMap(standard::article).orElse(null);
    if (article == null || article.text().isBlank()) {
      return;
    }
    // The articles the violation cites beside its penalty article may state part of the range
    // (a second paragraph cited as a duty, say): their numbers count too.
    StringBuilder texts = new StringBuilder(article.text());
    StringBuilder numbers = new StringBuilder(article.number());
    for (var duty : violation.duties()) {
      standard.article(duty).filter(a -> !a.text().isBlank() && a != article).ifPresent(a -> {
        texts.append('\n').append(a.text());
        numbers.append("、").append(a.number());
      });
    }
    TextNumbers text = TextNumbers.of(texts.toString());
    String source = (numbers.toString().equals(article.number()) ? "罚则条款" : "罚则条款及所引条文") + numbers + "的原文";
    for (StatuteClause clause : violation.statute()) {
      TextNumbers structured = new TextNumbers();
      TextChecks.collect(List.of(clause.sanction()), structured);
      report(violation, clause, "金额", structured.money, text.money, Amounts::format, source, reporter);
      report(violation, clause, "天数", structured.days, text.days, d -> Amounts.plain(d) + "日", source, reporter);
      report(violation, clause, "倍数", structured.factors, text.factors, TextChecks::factor, source, reporter);
    }
  }

  private static void report(Violation violation, StatuteClause clause, String what,
      TreeSet<BigDecimal> written, TreeSet<BigDecimal> stated, Function<BigDecimal, String> shown,
      String source, Reporter reporter) {
    List<BigDecimal> absent = written.stream().filter(v -> !stated.contains(v)).toList();
    if (absent.isEmpty()) {
      return;
    }
    reporter.report(Severity.WARNING, violation, null, clause.span(), CHECK,
        "罚则（statute）写有" + what + " " + String.join("、", absent.stream().map(shown).toList()) + "，"
            + source + "中没有（原文中的" + what + "："
            + (stated.isEmpty() ? "无" : String.join("、", stated.stream().map(shown).toList()))
            + "）；请按罚则条款核对法定幅度");
  }
}

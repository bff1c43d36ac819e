package org.cailiang.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import org.cailiang.dsl.eval.HigherLawRecords;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.ConditionText;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/** The Javadoc of a violation class: the official texts, the cited articles and the tiers. */
final class ViolationDocs {
  private ViolationDocs() {}

  static CodeBlock type(Standard standard, Violation violation, LawEmitter law, String version,
      HigherLawRecords records) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L（$L）.\n\n", Javadoc.escape(violation.title()), Javadoc.escape(violation.codes().toString()))
        .add("<p>违法行为：$L\n\n", Javadoc.block(violation.text()));
    if (!version.isEmpty()) {
      doc.add("<p>$L\n\n", version);
    }
    doc
        .add("<p>法律依据：\n<ul>\n");
    for (ArticleRef ref : violation.citations()) {
      Article article = standard.article(ref).orElseThrow();
      doc.add("<li>《$L》$L（{@link $L}）：$L\n", Javadoc.escape(standard.regulation(ref.regulation()).orElseThrow().title()),
          Javadoc.escape(article.number()), law.citationLink(ref), Javadoc.block(article.text()));
    }
    doc.add("</ul>\n\n<p>裁量基准：\n<ul>\n");
    for (Tier tier : violation.tiers()) {
      doc.add("<li>$L「$L」：$L\n", Javadoc.escape(tier.suffix()), Javadoc.escape(tier.circumstance()),
          Javadoc.block(tier.text()));
    }
    doc.add("</ul>\n");
    for (int i = 0; i < records.reasons().size(); i++) {
      // Integrator: the author's caveat reached neither the jar nor its Javadoc.
      String suffix = records.suffixes().get(i);
      doc.add("\n<p>注意（上位法，{@code higherLawNotes}）：$L$L\n",
          suffix.isEmpty() ? "" : Javadoc.escape(suffix + "：") , Javadoc.block(records.reasons().get(i)));
    }
    return doc.build();
  }

  /**
   * The version of the standard, for a standard that is one of a chain: its period, what it
   * supersedes and what supersedes it (integrator's review: the class without a prefix was the
   * superseded version, and nothing said so). Empty for a standard without versions.
   */
  static String version(Standard standard, java.util.List<Standard> standards,
      java.util.List<ClassName> types) {
    // Its successor is the next of its chain (the chains the version checks use).
    java.util.Optional<Standard> successor = java.util.Optional.empty();
    for (java.util.List<Standard> chain : org.cailiang.dsl.versions.Versions.chains(standards)) {
      int at = chain.indexOf(standard);
      if (at >= 0 && at + 1 < chain.size()) {
        successor = java.util.Optional.of(chain.get(at + 1));
      }
    }
    if (standard.supersedes().isEmpty() && successor.isEmpty()) {
      return "";
    }
    java.util.Optional<java.time.LocalDate> lastDay = successor
        .flatMap(next -> next.validity().effective())
        .or(() -> standard.validity().repealed())
        .map(day -> day.minusDays(1));
    StringBuilder text = new StringBuilder();
    successor.ifPresent(next -> text.append("后继版本：").append(Javadoc.escape(next.id()))
        // The successor may lack a code this version has, or re-add it later: said of the
        // standard, not of this violation (re-review: "已被 v2 取代" where v2 had no such code).
        .append("（{@link ").append(types.get(standards.indexOf(next)).simpleName()).append("}")
        .append(next.validity().effective().map(day -> "，" + day + " 起施行").orElse(""))
        .append("）。本类只按本版本裁量，不看日期；行为或者决定跨越版本的案件用 {@code Standards.evaluate(code, "
            + "facts, actDate, decisionDate)}（从旧兼从轻，《中华人民共和国行政处罚法》第三十七条）。"));
    String period = standard.validity().effective().map(day -> day + " 起施行").orElse("施行日期未声明")
        + lastDay.map(day -> "，至 " + day).orElse("");
    String supersedes = standard.supersedes().map(ref -> "，取代 " + Javadoc.escape(ref.name())).orElse("");
    return "版本：" + Javadoc.escape(standard.id()) + "（" + period + supersedes + "）。" + text;
  }

  static CodeBlock evaluate(Violation violation) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Decides a case of $L: tiers are tried by priority, then in source order; the first whose condition"
            + " holds applies", Javadoc.escape(violation.title()));
    boolean hasOtherwise = violation.tiers().stream().anyMatch(Tier::isOtherwise);
    doc.add(hasOtherwise ? ", else the {@code otherwise} tier.\n\n<ol>\n" : ".\n\n<ol>\n");
    for (Tier tier : violation.triedTiers()) {
      doc.add("<li>$L「$L」 when <code>$L</code>\n", Javadoc.escape(tier.suffix()), Javadoc.escape(tier.circumstance()),
          Javadoc.escape(ConditionText.of(tier.condition())));
    }
    for (Tier tier : violation.tiers()) {
      if (tier.isOtherwise()) {
        doc.add("<li>$L「$L」 otherwise\n", Javadoc.escape(tier.suffix()), Javadoc.escape(tier.circumstance()));
      }
    }
    doc.add("</ol>\n\n@param facts the facts of the case\n@return the decision of the tier that applies; never null\n")
        .add("@throws $T when the facts are null$L\n", ClassName.get(Runtime.PACKAGE, "InvalidFactsException"),
            violation.exclusives().isEmpty() ? "" : ", or two circumstances declared exclusive both hold");
    if (!hasOtherwise) {
      doc.add("@throws $T when no tier applies\n", Runtime.NO_TIER);
    }
    return doc.build();
  }
}

package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * {@link TextModality} for the sanctions a text states without numbers: 没收, 吊销, 暂扣,
 * 责令停产停业 and the like, 警告, 通报批评. The statute is read against its penalty article's
 * text, a tier against its own. A sanction is tied to the one place in the text where its word
 * stands (for 没收 and licences, followed by what is taken); a word that stands in several places,
 * or in a clause with 或, is not judged. 可以 before it in its clause makes it optional; with no
 * 可以 there nor earlier in the sentence (可以……，……), it is imposed. 直至 before it (责令停产停业，直至吊销许可证)
 * reads as 可以: the heaviest the authority may go to, as the importer drafts it.
 */
final class WordModality {
  private static final String CLAUSE_END = "，,；;。\n";
  private static final String SENTENCE_END = "；;。\n";
  private static final Pattern MAY = Pattern.compile("可(以|并|处|对|予)|并可|直至");
  private static final String CHECK = "text-modality";

  private WordModality() {}

  static void run(Standard standard, Violation violation, Reporter reporter) {
    Article article = violation.basis().flatMap(standard::article).orElse(null);
    if (article != null && !article.text().isBlank()) {
      for (StatuteClause clause : violation.statute()) {
        check(standard, violation, null, clause.sanction(), article.text(),
            "罚则条款" + article.number() + "的原文", "罚则（statute）中的", reporter);
      }
    }
    for (Tier tier : violation.tiers()) {
      if (!tier.text().isBlank()) {
        for (SanctionSpec sanction : tier.sanctions()) {
          check(standard, violation, tier, sanction, tier.text(),
              "阶次 " + Cells.tier(tier) + " 的裁量基准原文", "结构化的", reporter);
        }
      }
    }
  }

  private static void check(Standard standard, Violation violation, Tier tier, SanctionSpec sanction,
      String text, String source, String subject, Reporter reporter) {
    int at = place(sanction, text);
    if (at < 0) {
      return;
    }
    int clauseStart = Clauses.start(text, at, CLAUSE_END);
    int sentenceStart = Clauses.start(text, at, SENTENCE_END);
    String clause = text.substring(clauseStart, Clauses.end(text, at, CLAUSE_END)).strip();
    if (clause.contains("或")) {
      return; // 或者 leaves the choice to the statute's either, judged elsewhere
    }
    boolean may = MAY.matcher(text.substring(clauseStart, at)).find();
    boolean carried = MAY.matcher(text.substring(sentenceStart, clauseStart)).find();
    String name = Kinds.name(standard, sanction);
    if (may && !sanction.optional()) {
      reporter.report(Severity.WARNING, violation, tier, sanction.span(), CHECK,
          source + "为「" + clause + "」（可以），" + subject + name + " 却是必须处以的；可以处以的，请在处罚前写 optional");
    } else if (!may && !carried && sanction.optional()) {
      reporter.report(Severity.WARNING, violation, tier, sanction.span(), CHECK,
          source + "为「" + clause + "」（应当），" + subject + name + " 却写成了可以处以（optional）");
    }
  }

  /** Where the sanction's word stands in the text, when it stands in exactly one place; else -1. */
  private static int place(SanctionSpec sanction, String text) {
    String word;
    List<String> objects;
    if (sanction instanceof SanctionSpec.Confiscation c) {
      word = "没收";
      objects = ConfiscatedObjects.items(c.what());
    } else if (sanction instanceof SanctionSpec.Licence l) {
      word = l.revoke() ? "吊销" : "暂扣";
      objects = List.of(l.licence());
    } else if (sanction instanceof SanctionSpec.Suspension s) {
      word = s.text();
      objects = List.of();
    } else if (sanction instanceof SanctionSpec.Warning) {
      word = "警告";
      objects = List.of();
    } else if (sanction instanceof SanctionSpec.Criticism) {
      word = "通报批评";
      objects = List.of();
    } else {
      return -1; // fines and detentions have numbers: TextModality; the rest are no penalties
    }
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      String rest = text.substring(i + word.length(), Clauses.end(text, i, CLAUSE_END));
      if (objects.isEmpty() || objects.stream().anyMatch(rest::contains)) {
        found.add(i);
      }
    }
    return found.size() == 1 ? found.get(0) : -1;
  }

}

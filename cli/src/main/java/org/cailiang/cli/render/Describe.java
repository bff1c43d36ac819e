package org.cailiang.cli.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.eval.Lowering;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.ConditionWords;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/** Sanctions and citations of the model in the words of an official table, for renders. */
final class Describe {
  private Describe() {}

  /** {@code 对单位处1万元以上2万元以下罚款}; a multiple as {@code 对单位处违法所得1倍以上3倍以下罚款}. */
  static String sanction(Standard standard, Violation violation, SanctionSpec sanction) {
    if (sanction instanceof SanctionSpec.Fine fine && fine.amount() instanceof SanctionSpec.Multiple m) {
      String parties = String.join("、", fine.parties().stream().map(p -> label(standard, p)).toList());
      String fact = violation.fact(m.fact().name()).map(f -> f.label()).orElse(m.fact().name());
      return (fine.optional() ? "可以" : "") + "对" + parties + (fine.each() ? "分别" : "") + (fine.optional() ? "并处" : "处")
          + fact + factors(m) + "罚款";
    }
    if (sanction instanceof SanctionSpec.Alternative alternative) {
      return String.join("或者", alternative.options().stream().map(o -> sanction(standard, violation, o)).toList());
    }
    return new Lowering(standard).lower(violation, sanction, Map.of()).toChinese();
  }

  static String sanctions(Standard standard, Violation violation, List<SanctionSpec> sanctions) {
    return String.join("；", sanctions.stream().map(s -> sanction(standard, violation, s)).toList());
  }

  /** A tier's sanctions; one that depends on a fact as {@code 有违法所得的，没收违法所得}. */
  static String sanctions(Standard standard, Violation violation, org.cailiang.dsl.model.Tier tier) {
    ConditionWords words = new ConditionWords(violation);
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < tier.sanctions().size(); i++) {
      String text = sanction(standard, violation, tier.sanctions().get(i));
      texts.add(tier.sanctionCondition(i).map(when -> words.guarded(when, text)).orElse(text));
    }
    return String.join("；", texts);
  }

  private static String factors(SanctionSpec.Multiple m) {
    StringBuilder text = new StringBuilder();
    if (m.minFactor() != null) {
      text.append(factor(m.minFactor(), m.percent())).append("以上");
    }
    if (m.maxFactor() != null) {
      text.append(factor(m.maxFactor(), m.percent())).append("以下");
    }
    return text.toString();
  }

  private static String factor(BigDecimal value, boolean percent) {
    return percent ? Amounts.plain(value.movePointRight(2)) + "%" : Amounts.plain(value) + "倍";
  }

  private static String label(Standard standard, Ref party) {
    return standard.party(party.name()).map(p -> p.label()).orElse(party.name());
  }

  /** {@code 《办法》第二十一条}. */
  static String citation(Standard standard, ArticleRef ref) {
    String regulation = standard.regulation(ref.regulation()).map(r -> r.title()).orElse(ref.regulation());
    String number = standard.article(ref).map(a -> a.number()).orElse(ref.article());
    return "《" + regulation + "》" + number;
  }
}

package org.cailiang.runtime;

import java.util.List;
import org.cailiang.runtime.CaseDecision.Option;
import org.cailiang.runtime.CaseDecision.ProcedureFlag;
import org.cailiang.runtime.CaseDecision.Status;
import org.cailiang.runtime.CaseDecision.Step;

/** The one Chinese paragraph an officer can paste into a 处罚决定书 draft. */
final class CaseText {
  /** 第三十三条第三款, as docs/law/行政处罚法-2021.md quotes it. */
  private static final String EDUCATION_DUTY = "行政机关应当对当事人进行教育"
      + "（《中华人民共和国行政处罚法》第三十三条第三款）";

  static final String EDUCATION = "对当事人的违法行为依法不予行政处罚的，" + EDUCATION_DUTY;

  /** The same duty, said once, beside an option to waive that the officer may not take. */
  static final String EDUCATION_IF_WAIVED = "如不予行政处罚，" + EDUCATION_DUTY;

  /** 第二十七条, as docs/law/行政处罚法-2021.md quotes it: what happens after the referral. */
  static final String HANDOVER = "违法行为涉嫌犯罪，行政机关应当及时将案件移送司法机关，依法追究刑事责任；"
      + "对依法不需要追究刑事责任或者免予刑事处罚，但应当给予行政处罚的，司法机关应当及时将案件移送有关行政机关"
      + "（《中华人民共和国行政处罚法》第二十七条），届时再依裁量基准和总则作出处罚决定，总则情节此时不适用";

  /** Why an outcome of orders only is no penalty decision. */
  static final String ORDERS_ONLY = "本阶次只有责令改正等措施，没有行政处罚（《中华人民共和国行政处罚法》第二条、"
      + "第九条），不作行政处罚决定，总则的从轻、减轻、从重和程序规定不适用";

  private CaseText() {}

  static String explain(CaseDecision outcome, GeneralRules rules) {
    StringBuilder text = new StringBuilder();
    if (outcome.verdict() == CaseDecision.Verdict.TIME_BARRED) {
      // No penalty is given: the table's penalty would read as one. The code, then why not.
      Decision decision = outcome.decision();
      text.append(decision.violationCode().isEmpty() ? decision.tierCode() : decision.violationCode()).append("：");
    } else if (outcome.verdict() == CaseDecision.Verdict.WAIVED && !outcome.steps().isEmpty()) {
      // Integrator: a case waived by the general part opened with the tier's fine, which a
      // 不予行政处罚决定书 cannot say. The tier and the provisions violated, then why not.
      Decision decision = outcome.decision();
      text.append(decision.tierCode()).append('（').append(decision.circumstance()).append("）：");
      if (!decision.citations().isEmpty()) {
        // The provisions violated are the duties cited after the penalty article; a violation
        // citing only its penalty article is described there (re-check: the 罚则 named first).
        List<Citation> violated = decision.citations().size() > 1
            ? decision.citations().subList(1, decision.citations().size()) : decision.citations();
        text.append("违反").append(org.cailiang.runtime.internal.Chinese.citations(violated)).append("的规定。");
      }
    } else {
      text.append(outcome.decision().explain().strip());
      if (!text.toString().endsWith("。")) {
        text.append("。");
      }
    }
    if (outcome.verdict() == CaseDecision.Verdict.HANDED_OVER) {
      return text.append(HANDOVER).append("。").toString();
    }
    if (outcome.verdict() == CaseDecision.Verdict.ORDERS_ONLY) {
      text.append(ORDERS_ONLY).append("。");
    }
    outcome.limitation().ifPresent(limitation -> {
      text.append("违法行为发生于").append(limitation.actDate()).append("，发现于").append(limitation.discoveryDate())
          .append("；追责时效为").append(limitation.period()).append(cite(limitation.basis()))
          .append("，期限的最后一日为").append(limitation.lastDay());
      text.append(limitation.expired() ? "，违法行为在该期限内未被发现，不再给予行政处罚。" : "，违法行为在该期限内被发现。");
    });
    for (Step step : outcome.steps()) {
      text.append("当事人").append(cited(rules, step))
          .append("，").append(step.effect().label()).append("：").append(step.rule());
      offset(rules, step).ifPresent(c -> text.append(cite(c.basis())));
      text.append(step.result().isEmpty() ? "" : "，即" + sanctions(step.result())).append("。");
    }
    if (outcome.verdict() == CaseDecision.Verdict.WAIVED
        && (!outcome.steps().isEmpty() || groundedOnArticle33(outcome.sanctions()))) {
      text.append(EDUCATION).append("。");
    }
    for (Option option : outcome.options()) {
      text.append("当事人").append(option.circumstance()).append(cite(option.basis())).append("，")
          .append(option.effect().label()).append("（由执法人员决定，未自动适用）")
          .append(option.result().isEmpty() ? "" : "：如适用，" + sanctions(option.result()))
          .append("。");
      if (option.effect().kind() == GeneralEffect.Kind.WAIVE) {
        text.append(EDUCATION_IF_WAIVED).append("。");
      }
    }
    for (String note : outcome.unresolved()) {
      if (OfficerNotes.addedBeside(note)) {
        continue;
      }
      if (OfficerNotes.statedAsIs(note)) {
        text.append(note).append("。"); // a circumstance of persons in a unit's case, and the like
        continue;
      }
      // A step says its own; what only an option met is said once here.
      if (outcome.steps().stream().noneMatch(step -> step.rule().contains(note))) {
        text.append("如适用可以减轻处罚的选项：").append(note).append("，由执法人员依法决定。");
      }
    }
    for (ProcedureFlag flag : outcome.procedures()) {
      if (flag.status() == Status.DOES_NOT_APPLY) {
        continue;
      }
      text.append(switch (flag.status()) {
        case APPLIES -> "";
        case DEPENDS_ON_SANCTION -> "如作出该处罚，";
        case DEPENDS_ON_PARTY -> flag.status().label() + "，";
        default -> flag.trigger().startsWith("没收") || flag.trigger().startsWith("可以没收")
            ? "视没收数额，" : "视罚款数额，";
      })
          .append(flag.procedure().label())
          .append(flag.trigger().isEmpty() ? "" : "（" + flag.trigger() + "）")
          .append(cite(flag.basis())).append("。");
    }
    return text.toString();
  }

  /** A tier that is 不予处罚 under 第三十三条 itself: its third paragraph asks for education. */
  private static boolean groundedOnArticle33(List<Sanction> sanctions) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.NoPenalty exempt) {
        for (Citation ground : exempt.grounds()) {
          if (ground.regulation().contains("行政处罚法") && ground.number().startsWith("第三十三条")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String sanctions(List<Sanction> sanctions) {
    StringBuilder text = new StringBuilder();
    for (Sanction sanction : sanctions) {
      text.append(text.length() == 0 ? "" : "；").append(sanction.toChinese());
    }
    return text.toString();
  }

  /**
   * Each circumstance followed by its own basis, so that a reader sees which article grounds which
   * circumstance; a combination rule's basis after them all.
   */
  private static String cited(GeneralRules rules, CaseDecision.Step step) {
    StringBuilder text = new StringBuilder();
    for (String label : step.circumstances()) {
      String basis = rules.circumstance(label).map(GeneralRules.Circumstance::basis).orElse("");
      text.append(text.length() == 0 ? "" : "、").append(label).append(cite(basis));
    }
    return text.toString();
  }

  /** The combination a step applied, cited after its rule: it is the standard's, not a circumstance's. */
  private static java.util.Optional<GeneralRules.Combination> offset(GeneralRules rules, CaseDecision.Step step) {
    return rules.combination().filter(c -> step.rule().contains("，" + c.rule().label()));
  }

  private static String cite(String basis) {
    return basis.isBlank() ? "" : "（" + basis + "）";
  }
}

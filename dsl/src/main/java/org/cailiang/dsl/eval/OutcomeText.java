package org.cailiang.dsl.eval;

import java.util.List;
import java.util.stream.Collectors;
import org.cailiang.dsl.eval.CaseOutcome.Option;
import org.cailiang.dsl.eval.CaseOutcome.ProcedureFlag;
import org.cailiang.dsl.eval.CaseOutcome.Status;
import org.cailiang.dsl.eval.CaseOutcome.Step;
import org.cailiang.runtime.Sanction;

/** The one Chinese paragraph an officer can paste into a 处罚决定书 draft. */
final class OutcomeText {
  private OutcomeText() {}

  static String explain(CaseOutcome outcome) {
    StringBuilder text = new StringBuilder(outcome.decision().explain().strip());
    if (!text.toString().endsWith("。")) {
      text.append("。");
    }
    outcome.limitation().ifPresent(limitation -> {
      text.append("追责时效为").append(limitation.period()).append(cite(limitation.basis()));
      text.append(limitation.expired() ? "，违法行为在该期限内未被发现，不再给予行政处罚。" : "，违法行为在该期限内被发现。");
    });
    for (Step step : outcome.steps()) {
      text.append("当事人").append(String.join("、", step.circumstances())).append(cite(step.basis()))
          .append("，").append(step.effect().label()).append("：").append(step.rule());
      text.append(step.result().isEmpty() ? "" : "，即" + sanctions(step.result())).append("。");
    }
    if (outcome.verdict() == CaseOutcome.Verdict.WAIVED) {
      text.append(GeneralEvaluation.EDUCATION).append("。");
    }
    for (Option option : outcome.options()) {
      text.append("当事人").append(option.circumstance()).append(cite(option.basis())).append("，")
          .append(option.effect().label()).append("（由执法人员决定，未自动适用）")
          .append(option.result().isEmpty() ? "" : "：如适用，" + sanctions(option.result()))
          .append("。");
    }
    for (ProcedureFlag flag : outcome.procedures()) {
      if (flag.status() == Status.DOES_NOT_APPLY) {
        continue;
      }
      text.append(flag.status() == Status.APPLIES ? "" : "视罚款数额，")
          .append(flag.procedure().label()).append(flag.trigger().isEmpty() ? "" : "（" + flag.trigger() + "）")
          .append(cite(flag.basis())).append("。");
    }
    return text.toString();
  }

  private static String sanctions(List<Sanction> sanctions) {
    return sanctions.stream().map(Sanction::toChinese).collect(Collectors.joining("；"));
  }

  private static String cite(String basis) {
    return basis.isBlank() ? "" : "（" + basis + "）";
  }
}

package org.cailiang.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating one case: the tier that applies and what it imposes.
 *
 * @param standard the id of the standard that decided
 * @param code the full code of the tier that applies, e.g. {@code C05837B030}
 * @param circumstance the circumstance (违法情节) of that tier, verbatim
 * @param sanctions what the tier imposes, in the order the standard lists them
 * @param citations the legal basis: the penalty article first, then the duty articles
 * @param officialText the tier's official 裁量基准 text, verbatim
 */
public record Decision(
    String standard,
    String code,
    String circumstance,
    List<Sanction> sanctions,
    List<Citation> citations,
    String officialText) {

  public Decision {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(circumstance, "circumstance");
    sanctions = List.copyOf(sanctions);
    citations = List.copyOf(citations);
    Objects.requireNonNull(officialText, "officialText");
  }

  /** The sanctions of one kind, in order. */
  public List<Sanction> sanctions(SanctionKind kind) {
    List<Sanction> found = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction.kind() == kind) {
        found.add(sanction);
      }
    }
    return found;
  }

  /**
   * A sentence a case officer can paste into a decision, e.g. {@code
   * C05837B030（个人设置）：依据《北京市公共安全图像信息系统管理办法》第二十一条、第七条，责令拆除；对个人处500元以上1000元以下罚款。}
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(code).append('（').append(circumstance).append("）：");
    if (!citations.isEmpty()) {
      text.append("依据").append(Chinese.citations(citations)).append('，');
    }
    for (int i = 0; i < sanctions.size(); i++) {
      if (i > 0) {
        text.append('；');
      }
      text.append(sanctions.get(i).toChinese());
    }
    return text.append('。').toString();
  }
}

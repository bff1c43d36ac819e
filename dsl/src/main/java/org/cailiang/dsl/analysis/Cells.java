package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/** Words for cells and tiers in messages, in the author's own labels. */
final class Cells {
  private Cells() {}

  /** {@code 设置主体 = 单位设置，造成危害后果 = 是}; facts that do not matter are left out. */
  static String describe(Violation violation, Cell cell) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Region> entry : cell.assignment().entrySet()) {
      Fact fact = violation.fact(entry.getKey()).orElseThrow();
      boolean amount = fact.type() instanceof FactType.Amount;
      Region region = entry.getValue();
      String value = region.describe(amount);
      parts.add(fact.label() + (region instanceof Region.Interval i && !i.isPoint() ? " " : " = ") + value);
    }
    return parts.isEmpty() ? "任何情形" : String.join("，", parts);
  }

  /** {@code B020「造成危害后果」}. */
  static String tier(Tier tier) {
    return tier.suffix() + "「" + tier.circumstance() + "」";
  }

  /**
   * The tier that applies in a cell: the first matching one, else the otherwise tier, else none.
   * {@code otherwise} is the violation's, looked up once by the caller: asked per cell, the
   * lookup over all tiers made large tables quadratic.
   */
  static Tier winner(Tier otherwise, Cell cell) {
    return cell.matching().isEmpty() ? otherwise : cell.matching().get(0);
  }
}

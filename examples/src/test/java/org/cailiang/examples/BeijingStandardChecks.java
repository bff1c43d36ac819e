package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;

/** The checks every evaluator of the Beijing standard must pass, whatever evaluates it. */
final class BeijingStandardChecks {
  static final String REGULATION = "北京市公共安全图像信息系统管理办法";

  private BeijingStandardChecks() {}

  /** Each of the 33 codes: the tier its case selects, its circumstance and its sanctions. */
  static void everyCodeDecidesAsTheTableSays(Standards standards) {
    assertEquals(33, BeijingTable.allTierCodes().size());
    Set<String> decided = new HashSet<>();
    for (BeijingTable.Row row : BeijingTable.ROWS) {
      for (String tierCode : row.tierCodes()) {
        Decision decision = standards.evaluate(BeijingTable.violationCode(tierCode), row.facts());
        assertEquals(tierCode, decision.tierCode(), "the tier of " + row.facts());
        assertEquals(row.circumstance(), decision.circumstance(), tierCode);
        assertEquals(row.sanctions(), BeijingTable.canonical(decision), tierCode);
        assertEquals("beijing_psb", decision.standardId());
        decided.add(decision.tierCode());
      }
    }
    assertEquals(33, decided.size(), "every code decided once");
    List<String> registered = standards.codes().stream().filter(c -> c.startsWith("C058")).toList();
    assertEquals(15, registered.size(), "violation codes: C05834..C05847 and C05850");
  }

  /** The citations: the penalty article first, then the duty articles, numbered as written. */
  static void citationsFollowTheTable(Standards standards) {
    Decision c05836 = standards.evaluate("C05836", java.util.Map.of("harm", "false"));
    assertEquals(List.of("《" + REGULATION + "》第二十条", "《" + REGULATION + "》第6条"),
        c05836.citations().stream().map(Object::toString).toList());
    Decision c05843 = standards.evaluate("C05843", java.util.Map.of("serious", "false"));
    assertEquals(List.of("第二十四条", "第十三条", "第14条"), c05843.citations().stream().map(c -> c.number()).toList());
    Decision c05850 = standards.evaluate("C05850", java.util.Map.of());
    assertEquals("北京市住宅区及住宅安全防范设施建设和使用管理办法", c05850.citations().get(0).regulation());
    assertEquals("第十二条第一款", c05850.citations().get(0).number());
  }

  /** The sentence a case officer pastes, as the issue gives it. */
  static void explanationIsTheOfficersSentence(Standards standards) {
    Decision decision = standards.evaluate("C05837", java.util.Map.of("setter", "个人设置", "harm", "否"));
    assertEquals("C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条的规定，依据《北京市公共安全图像信息系统管理办法》第二十一条，责令拆除；"
        + "对个人处500元以上1000元以下罚款。", decision.explain());
    assertEquals("责令拆除；对个人处500元以上1000元以下的罚款。", decision.officialText());
  }
}

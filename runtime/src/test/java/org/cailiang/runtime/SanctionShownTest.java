package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of sanction prints as its kind and its clause, as logs and test failures show it. */
class SanctionShownTest {
  private static final Party PERSON = new Party("individual", "个人");

  @Test
  void eachKindIsShownByItsNameAndItsChineseClause() {
    assertEquals("Warning[予以警告]", new Sanction.Warning(false).toString());
    assertEquals("Criticism[可以予以通报批评]", new Sanction.Criticism(true).toString());
    assertEquals("Confiscation[没收违法所得]", new Sanction.Confiscation("违法所得", false).toString());
    assertEquals("Detention[对个人处5日以上10日以下拘留]",
        new Sanction.Detention(PERSON, 5, 10, false).toString());
    assertEquals("LicenceAction[吊销许可证]", new Sanction.LicenceAction(
        Sanction.LicenceAction.Action.REVOKE, "许可证", false).toString());
    assertEquals("Suspension[责令停产停业]", new Sanction.Suspension("责令停产停业", false).toString());
    assertEquals("Referral[移送公安机关]", new Sanction.Referral("移送公安机关").toString());
    Sanction.NoPenalty none = new Sanction.NoPenalty("不予行政处罚", List.of());
    assertEquals("NoPenalty[" + none.toChinese() + "]", none.toString());
    Sanction.Alternative either = new Sanction.Alternative(
        List.of(new Sanction.Warning(false), new Sanction.Criticism(false)), false);
    assertEquals("Alternative[" + either.toChinese() + "]", either.toString());
  }
}

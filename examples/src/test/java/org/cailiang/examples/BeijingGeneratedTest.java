package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cailiang.examples.standards.BeijingPsb;
import org.cailiang.examples.standards.BeijingPsbParties;
import org.cailiang.examples.standards.C05834_C05835Violation;
import org.cailiang.examples.standards.C05836Violation;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.examples.standards.C05838Violation;
import org.cailiang.examples.standards.C05839Violation;
import org.cailiang.examples.standards.C05840_C05846Violation;
import org.cailiang.examples.standards.C05847Violation;
import org.cailiang.examples.standards.C05850Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.SanctionKind;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.UnknownCodeException;
import org.junit.jupiter.api.Test;

/** The Beijing standard as the plugin of this build generated it, used as an integrator would. */
class BeijingGeneratedTest {
  private static final Standards STANDARDS = Standards.load();

  @Test
  void everyCodeDecidesAsTheTableSaysThroughTheRegistry() {
    BeijingStandardChecks.everyCodeDecidesAsTheTableSays(STANDARDS);
    BeijingStandardChecks.citationsFollowTheTable(STANDARDS);
    BeijingStandardChecks.explanationIsTheOfficersSentence(STANDARDS);
  }

  @Test
  void everyRowDecidesAsTheTableSaysThroughTheTypedApi() {
    check("C05834C010", C05834_C05835Violation.C05834.evaluate(new C05834_C05835Violation.Facts(C05834_C05835Violation.Stage.FOUND)));
    check("C05835C020", C05834_C05835Violation.C05835.evaluate(new C05834_C05835Violation.Facts(C05834_C05835Violation.Stage.UNQUALIFIED)));
    check("C05834C030", C05834_C05835Violation.C05834.evaluate(new C05834_C05835Violation.Facts(C05834_C05835Violation.Stage.OVERDUE)));
    check("C05836B010", C05836Violation.C05836.evaluate(new C05836Violation.Facts(false)));
    check("C05836B020", C05836Violation.C05836.evaluate(new C05836Violation.Facts(true)));
    check("C05837B010", C05837Violation.C05837.evaluate(new C05837Violation.Facts(C05837Violation.Setter.UNIT, false)));
    check("C05837B020", C05837Violation.C05837.evaluate(new C05837Violation.Facts(C05837Violation.Setter.UNIT, true)));
    check("C05837B030", C05837Violation.C05837.evaluate(new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, false)));
    check("C05837B030", C05837Violation.C05837.evaluate(new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, true)));
    check("C05838C010", C05838Violation.C05838.evaluate(new C05838Violation.Facts(false, false, false)));
    check("C05838C020", C05838Violation.C05838.evaluate(new C05838Violation.Facts(true, false, false)));
    check("C05838C020", C05838Violation.C05838.evaluate(new C05838Violation.Facts(false, false, true)));
    check("C05839B010", C05839Violation.C05839.evaluate(new C05839Violation.Facts(C05839Violation.Stage.FOUND)));
    check("C05839B020", C05839Violation.C05839.evaluate(new C05839Violation.Facts(C05839Violation.Stage.UNQUALIFIED)));
    check("C05839B030", C05839Violation.C05839.evaluate(new C05839Violation.Facts(C05839Violation.Stage.OVERDUE)));
    check("C05843B010", C05840_C05846Violation.C05843.evaluate(new C05840_C05846Violation.Facts(false)));
    check("C05846B020", C05840_C05846Violation.of("C05846").evaluate(new C05840_C05846Violation.Facts(true)));
    check("C05847B010", C05847Violation.C05847.evaluate(new C05847Violation.Facts(false)));
    check("C05847B020", C05847Violation.C05847.evaluate(new C05847Violation.Facts(true)));
    check("C05850B000", C05850Violation.C05850.evaluate(new C05850Violation.Facts()));
  }

  @Test
  void enumeratedFactsCarryTheTablesLabelsInItsOrder() {
    assertEquals(List.of("责令限期整改前", "整改不合格", "逾期不整改"),
        Arrays.stream(C05834_C05835Violation.Stage.values()).map(Labelled::label).toList());
    assertEquals(List.of("found", "unqualified", "overdue"),
        Arrays.stream(C05834_C05835Violation.Stage.values()).map(Labelled::id).toList());
  }

  /** The typed decision agrees with the table row holding the code. */
  private static void check(String tierCode, Decision decision) {
    BeijingTable.Row row = BeijingTable.ROWS.stream().filter(r -> r.tierCodes().contains(tierCode)).findFirst().orElseThrow();
    assertEquals(tierCode, decision.tierCode());
    assertEquals(row.circumstance(), decision.circumstance());
    assertEquals(row.sanctions(), BeijingTable.canonical(decision), tierCode);
  }

  @Test
  void fixedTiersArePrecomputedConstants() {
    var facts = new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, false);
    assertSame(C05837Violation.C05837.evaluate(facts), C05837Violation.C05837.evaluate(facts),
        "a fixed tier returns one shared constant: evaluating it allocates nothing");
    Sanction.Fine fine = (Sanction.Fine) C05837Violation.C05837.evaluate(facts).sanctions(SanctionKind.FINE).get(0);
    assertSame(BeijingPsbParties.INDIVIDUAL, fine.parties().get(0));
    assertEquals(MoneyRange.of(500, 1000), fine.range());
    assertEquals(new BigDecimal("500"), fine.range().min());
  }

  @Test
  void theStandardDescribesItself() {
    BeijingPsb standard = new BeijingPsb();
    assertEquals("北京市公安局", standard.authority());
    assertEquals(15, standard.violations().size());
    assertSame(standard.violations().get(6), C05840_C05846Violation.C05840);
    assertEquals(List.of("C05843B010", "C05843B020"), C05840_C05846Violation.C05843.tierCodes());
    assertEquals(C05840_C05846Violation.C05843, STANDARDS.violation("C05843B020"), "a tier code finds its violation");
  }

  @Test
  void badInputIsNamed() {
    InvalidFactsException missing = assertThrows(InvalidFactsException.class,
        () -> STANDARDS.evaluate("C05837", Map.of("setter", "公司设置", "colour", "red")));
    assertEquals(List.of(
        "事实 setter（设置主体）的值无效：公司设置，可取：unit（单位设置）、individual（个人设置）",
        "未知事实 colour，本违法行为的事实有：setter, harm"), missing.messages());
    assertThrows(InvalidFactsException.class, () -> new C05837Violation.Facts(null, false));
    assertThrows(InvalidFactsException.class, () -> C05837Violation.C05837.evaluate((C05837Violation.Facts) null));
    UnknownCodeException unknown = assertThrows(UnknownCodeException.class, () -> STANDARDS.evaluate("C05899", Map.of()));
    assertEquals("未知编码 C05899，相近的编码有：C05850", unknown.getMessage());
    // The codes on either side, not the first codes that share a prefix (issue 15).
    assertEquals("未知编码 C05848，相近的编码有：C05847, C05850",
        assertThrows(UnknownCodeException.class, () -> STANDARDS.violation("C05848")).getMessage());
    assertThrows(UnknownCodeException.class, () -> C05840_C05846Violation.of("C05847"));
  }
}

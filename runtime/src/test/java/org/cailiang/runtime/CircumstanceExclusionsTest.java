package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cailiang.runtime.internal.CircumstanceExclusions;
import org.junit.jupiter.api.Test;

/**
 * Supervisor: 造成危害后果 with 没有造成危害后果 gave 不予处罚. A violation's declaration that a
 * boolean fact and a circumstance cannot hold together refuses the case; circumstances count by id,
 * by label and when implied.
 */
class CircumstanceExclusionsTest {
  private static CircumstanceExclusions exclusions() {
    return CircumstanceExclusions.of(new String[][] {{"harm"}, {"first", "serious"}},
        new String[][] {{"造成危害后果"}, {"初次", "情节严重"}}, new String[][] {{"minor"}, {}},
        new String[] {"理由", ""});
  }

  @Test
  void aFactAndACircumstanceOfOneDeclarationCannotBothHold() {
    GeneralRules rules = ImpliedCircumstancesTest.RULES;
    CircumstanceExclusions exclusions = exclusions();
    InvalidGeneralFactsException byId = assertThrows(InvalidGeneralFactsException.class,
        () -> exclusions.check(rules, GeneralFacts.of(Set.of("minor")), id -> id.equals("harm")));
    assertEquals("事实 harm（造成危害后果）为“是”与总则情节「已满十四周岁不满十八周岁」不能同时成立（互斥声明 exclusive）"
        + "：理由；请核对事实或总则情节", byId.getMessage());
    assertThrows(InvalidGeneralFactsException.class, () -> exclusions.check(rules,
        GeneralFacts.of(Set.of("已满十四周岁不满十八周岁")), id -> id.equals("harm")), "by label");
    InvalidGeneralFactsException implied = assertThrows(InvalidGeneralFactsException.class, () -> exclusions.check(rules,
        GeneralFacts.of(Set.of("young")), id -> id.equals("harm")), "young implies minor");
    assertTrue(implied.getMessage().contains("总则情节「已满十四周岁不满十八周岁」（由所给的情节推出）"), implied.getMessage());
    // Decided first, then checked: the outcome passes through when nothing contradicts.
    CaseDecision outcome = rules.decide(new Decision("s", "E05403B010", "一般", List.of(), List.of(), "原文"),
        GeneralFacts.of(Set.of("minor")));
    assertSame(outcome, exclusions.checked(rules, GeneralFacts.of(Set.of("minor")), id -> false, outcome));
    assertThrows(InvalidGeneralFactsException.class,
        () -> exclusions.checked(rules, GeneralFacts.of(Set.of("minor")), id -> id.equals("harm"), outcome));
    // Two facts of one declaration, once any circumstance is given; without a reason, none said.
    InvalidGeneralFactsException facts = assertThrows(InvalidGeneralFactsException.class,
        () -> exclusions.check(rules, GeneralFacts.of(Set.of("first")), id -> !id.equals("harm")));
    assertEquals("事实 first（初次）为“是”与事实 serious（情节严重）为“是”不能同时成立（互斥声明 exclusive）；请核对事实或总则情节",
        facts.getMessage());

    exclusions.check(rules, GeneralFacts.of(Set.of("minor")), id -> false);
    exclusions.check(rules, GeneralFacts.of(Set.of("first")), id -> id.equals("harm"));
    exclusions.check(rules, GeneralFacts.NONE, id -> true);
    CircumstanceExclusions.NONE.check(rules, GeneralFacts.of(Set.of("minor")), id -> true);
  }

  @Test
  void theArraysMustMatch() {
    assertThrows(IllegalArgumentException.class, () -> CircumstanceExclusions.of(new String[][] {{"a"}},
        new String[][] {}, new String[][] {{}}, new String[] {""}));
    assertThrows(IllegalArgumentException.class, () -> CircumstanceExclusions.of(new String[][] {{"a"}},
        new String[][] {{"A"}}, new String[][] {}, new String[] {""}));
    assertThrows(IllegalArgumentException.class, () -> CircumstanceExclusions.of(new String[][] {{"a"}},
        new String[][] {{"A"}}, new String[][] {{}}, new String[] {}));
    assertThrows(IllegalArgumentException.class, () -> CircumstanceExclusions.of(new String[][] {{"a"}},
        new String[][] {{"A", "B"}}, new String[][] {{}}, new String[] {""}));
  }

  @Test
  void holdingIsWhatIsGivenOrImpliedAndDeclared() {
    assertEquals(Set.of("young", "minor"), ImpliedCircumstancesTest.RULES.holding(
        GeneralFacts.of(Set.of("已满十四周岁不满十六周岁", "undeclared"))));
    assertEquals(Set.of("young", "minor"), ImpliedCircumstancesTest.RULES.holding(GeneralFacts.of(Set.of("young"))));
    assertEquals(Set.of(), ImpliedCircumstancesTest.RULES.holding(GeneralFacts.NONE));
  }
}

package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cailiang.runtime.CaseDecision.LimitationCheck;
import org.cailiang.runtime.CaseDecision.Option;
import org.cailiang.runtime.CaseDecision.ProcedureFlag;
import org.cailiang.runtime.CaseDecision.Status;
import org.cailiang.runtime.CaseDecision.Step;
import org.cailiang.runtime.CaseDecision.Verdict;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.TimedDecision.Applied;
import org.cailiang.runtime.TimedDecision.Ground;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseDecision#toJson()} and {@link TimedDecision#toJson()}: every field of the shapes in
 * docs/json.md, written exactly (the command line's {@code eval --json} prints these documents).
 */
class CaseJsonTest {
  private static final Party PERSON = new Party("individual", "个人");
  private static final Sanction FINE =
      new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(500, 1000), null, false);
  private static final Sanction LIGHTER_FINE =
      new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(500, 750), null, false);
  private static final Decision TIER = new Decision("s", "C1", "违法行为", "C1B1", "一般",
      List.of(FINE), List.of(new Citation("条例", "第一条", "处五百元以上一千元以下罚款。")), "原文", false);

  private static CaseDecision outcome() {
    return new CaseDecision(TIER, Verdict.PUNISHED,
        List.of(new Step(List.of("初次违法"), new GeneralEffect(Modality.SHALL, Kind.LIGHTER),
            "第二条", "在幅度的下半段", List.of(FINE), List.of(LIGHTER_FINE))),
        List.of(LIGHTER_FINE),
        List.of(new Option("主动消除", new GeneralEffect(Modality.MAY, Kind.REDUCED), "第三条",
            List.of(FINE))),
        List.of(new ProcedureFlag(GeneralRules.Procedure.HEARING, Status.DOES_NOT_APPLY,
            "较大数额罚款", "第六十三条")),
        Optional.of(new LimitationCheck("二年", 24, LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 10, 1), LocalDate.of(2026, 3, 1), false, "第三十六条")),
        "说明。", List.of("须由执法人员决定"));
  }

  @Test
  void aCaseIsItsDecisionWithTheOutcomeUnderTheGeneralPart() {
    Map<String, Object> tree = outcome().toJsonTree();
    Object general = tree.remove("general");
    assertEquals(TIER.toJsonTree(), tree, "the decision's own fields, unchanged");
    assertEquals("""
        {
          "verdict": "PUNISHED",
          "limitation": {
            "period": "二年",
            "expired": false,
            "basis": "第三十六条"
          },
          "steps": [
            {
              "circumstances": [
                "初次违法"
              ],
              "effect": "应当从轻",
              "basis": "第二条",
              "rule": "在幅度的下半段",
              "sanctions": [
                {
                  "kind": "fine",
                  "optional": false,
                  "text": "对个人处500元以上750元以下罚款",
                  "parties": [
                    "individual"
                  ],
                  "each": false,
                  "min": 500,
                  "max": 750
                }
              ]
            }
          ],
          "sanctions": [
            {
              "kind": "fine",
              "optional": false,
              "text": "对个人处500元以上750元以下罚款",
              "parties": [
                "individual"
              ],
              "each": false,
              "min": 500,
              "max": 750
            }
          ],
          "options": [
            {
              "circumstance": "主动消除",
              "effect": "可以减轻",
              "basis": "第三条",
              "sanctions": [
                {
                  "kind": "fine",
                  "optional": false,
                  "text": "对个人处500元以上1000元以下罚款",
                  "parties": [
                    "individual"
                  ],
                  "each": false,
                  "min": 500,
                  "max": 1000
                }
              ]
            }
          ],
          "procedures": [
            {
              "procedure": "hearing",
              "status": "DOES_NOT_APPLY",
              "trigger": "较大数额罚款",
              "basis": "第六十三条"
            }
          ],
          "unresolved": [
            "须由执法人员决定"
          ],
          "explanation": "说明。"
        }
        """, org.cailiang.runtime.internal.Json.write(general));
    String json = outcome().toJson();
    assertEquals(org.cailiang.runtime.internal.Json.write(outcome().toJsonTree()), json);
    assertTrue(json.indexOf("\"general\"") > json.indexOf("\"explanation\": \"C1B1"),
        "general comes after the decision's fields");
    assertNotSame(outcome().toJsonTree(), outcome().toJsonTree());
  }

  @Test
  void withoutDatesTheLimitationIsNull() {
    CaseDecision undated = new CaseDecision(TIER, Verdict.WAIVED, List.of(), List.of(), List.of(),
        List.of(), Optional.empty(), "不予。");
    Map<?, ?> general = (Map<?, ?>) undated.toJsonTree().get("general");
    assertEquals("WAIVED", general.get("verdict"));
    assertTrue(general.containsKey("limitation"));
    assertNull(general.get("limitation"));
    assertEquals(List.of(), general.get("unresolved"));
  }

  @Test
  void aTimedCaseListsEachVersionWithItsPeriodAndDecision() {
    TimedDecision timed = new TimedDecision(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 1),
        Ground.INCOMPARABLE,
        List.of(new Applied("old", Optional.empty(), Optional.of(LocalDate.of(2025, 12, 31)), TIER),
            new Applied("new", Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), TIER)),
        "两个版本无法比较轻重。");
    String json = timed.toJson();
    assertEquals("""
        {
          "actDate": "2025-06-01",
          "decisionDate": "2026-03-01",
          "ground": "INCOMPARABLE",
          "article37": true,
          "needsOfficer": true,
          "explanation": "两个版本无法比较轻重。",
          "applied": [
            {
              "version": "old",
              "period": "施行日期未声明，至 2025-12-31",
              "notes": [],
              "decision": {
        """, json.substring(0, json.indexOf("\"decision\"") + "\"decision\": {\n".length()));
    assertEquals(2, json.split("\"decision\": \\{").length - 1);
    assertTrue(json.contains("\"version\": \"new\",\n      \"period\": \"2026-01-01 至 今\""), json);
    TimedDecision noted = new TimedDecision(timed.actDate(), timed.decisionDate(), Ground.IN_FORCE,
        List.of(new Applied("old", Optional.empty(), Optional.empty(), TIER, List.of("上位法的注意"))), "适用。");
    assertTrue(noted.toJson().contains("\"notes\": [\n        \"上位法的注意\"\n      ]"), noted.toJson());
    assertTrue(noted.needsOfficer(), "a version applied with the author's caveat is the officer's");
    assertEquals(-1, json.indexOf("\"general\""));
    assertEquals(json, org.cailiang.runtime.internal.Json.write(timed.toJsonTree()));
  }
}
